/**
 * Work counted, never timed: a busy machine cannot fail a test that counts. Per the spec,
 * test/match/matchAll/replace/split all go through `RegExp.prototype.exec` once it is
 * replaced, so this sees every regex run the engine makes during `fn`.
 */
export function regexRuns(fn: () => void): number {
  const original = RegExp.prototype.exec;
  let runs = 0;
  RegExp.prototype.exec = function countedExec(this: RegExp, text: string) {
    runs++;
    return original.call(this, text);
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return runs;
}
