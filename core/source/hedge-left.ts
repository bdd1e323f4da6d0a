/**
 * A hedge phrase between a speaker and the verb of saying it hedges ("is said to have told").
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { isWord } from './tokens';

/** Words a hedge may span before the verb it hedges ("has long been rumoured to have"). */
const MAX_HEDGE_WORDS = 8;

/** "The coach is said to have told ...", "Ia dikabarkan mengatakan ...": a hedge ending right
 * before the verb of saying stands where "reportedly" would; the speaker is before it. The
 * index before the hedge, or `j` when none ends at it. */
export function skipHedgeLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  const adverb = (t: Token) => pack.adverbs.has(t.lower);
  for (let k = j; k >= 0 && j - k < MAX_HEDGE_WORDS; k--) {
    if (!isWord(tokens[k]) || ctx.quoted[k]) return j;
    if (pack.hedges.matchThrough(tokens, k, adverb) === j + 1) return k - 1;
  }
  return j;
}
