/** "the mayor of an Idaho town": a place's word right after a capitalised name. */
import type { SentenceContext } from '../context';

/** Token `i` is a place's word ("town", "city") right after a capitalised name: it closes the
 * place the phrase is about, so a source phrase does not end at the name. */
export function placeAfterName(ctx: SentenceContext, i: number): boolean {
  const before = ctx.tokens[i - 1];
  return (
    ctx.pack.placeNouns.has(ctx.tokens[i]?.lower ?? '') &&
    before?.type === 'word' &&
    before.cap &&
    !ctx.quoted[i - 1]
  );
}
