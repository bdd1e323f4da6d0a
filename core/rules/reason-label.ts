/**
 * "criticized the mayor for ignoring the warnings", "faulted the staff for not sharing
 * files": a label verb's object, then the reason it is faulted for, given with a verb, is a
 * verdict in the speaker's words as a label is ("for its cost" names a thing: not read).
 * Read for participles ("issued a statement criticizing X for ..."); a finite charging verb's
 * object is read by charges.ts, which takes any reason.
 */
import type { SentenceContext } from '../context';
import { isWord } from '../source/tokens';

/** Words of the object before the reason ("administrators at the high school in Avon"). */
const MAX_OBJECT_WORDS = 12;

/** The label verb at `at` (of `len` tokens) takes an object, then a reason with a verb. */
export function reasonLabel(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack, quoted } = ctx;
  if (pack.labelVerbs.matchAt(tokens, at) !== len) return false;
  // "a petition that sharply criticized ...": a relative clause's verb, its head a thing
  // found before the relative, is not read for a reason.
  let b = at - 1;
  while (b > 0 && pack.adverbs.has(tokens[b]?.lower ?? '')) b--;
  if (pack.clauseRelatives.has(tokens[b]?.lower ?? '')) return false;
  const from = at + len;
  for (let k = from + 1; k <= from + MAX_OBJECT_WORDS && k < tokens.length; k++) {
    const object = tokens[k - 1];
    if (!isWord(object) || quoted[k - 1] || pack.complementizers.has(object.lower)) return false;
    if (!pack.reasonMarkers.has(tokens[k]?.lower ?? '') || quoted[k]) continue;
    // "for not having shared": a negation or auxiliary may come before the verb.
    let v = k + 1;
    while (v < k + 3 && isWord(tokens[v]) && pack.stopwords.has(tokens[v]?.lower ?? '')) v++;
    const verb = tokens[v];
    if (!isWord(verb) || verb.cap || quoted[v]) return false;
    const long = (e: string) => verb.lower.length > e.length + 2 && verb.lower.endsWith(e);
    return pack.data.reasonVerbEndings.some(long);
  }
  return false;
}
