/**
 * "the 61-year-old, soft-spoken sheriff said", "the veteran, cowboy hat-wearing, sheriff
 * said": describing words set off by commas before a role are one phrase with it, opened by
 * its determiner; the role alone, its article cut off, would point back to no one.
 */
import type { SentenceContext } from '../context';
import { hasRole, isWord } from './tokens';
import type { Span } from './types';

/** Most groups of describing words read back over their commas, and words in one group. */
const MAX_GROUPS = 3;
const MAX_GROUP_WORDS = 3;

/** A lower-case describing word: no small word, time word, cue word or noun for people
 * ("the veteran, a sheriff": an appositive), not quoted. */
function describing(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  const { pack, tokens } = ctx;
  return (
    isWord(t) &&
    !t.cap &&
    !ctx.quoted[k] &&
    !pack.stopwords.has(t.lower) &&
    !pack.timeWords.has(t.lower) &&
    !pack.cueWords.has(t.lower) &&
    pack.anonymous.matchAt(tokens, k) === 0 &&
    pack.unnamedOfficials.matchAt(tokens, k) === 0
  );
}

/** Where the phrase [start, end), a role with lower-case words only and no determiner of
 * its own, starts once its describing words before commas are taken in: at the determiner
 * opening the first group, right after a quotation mark, a comma or the sentence's start.
 * `start` when there is no such group. */
export function coordinateModifiersLeft(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  if (pack.data.adjectivesAfterNoun || tokens[start - 1]?.text !== ',' || ctx.quoted[start - 1])
    return start;
  for (let k = start; k < end; k++) {
    const t = ctx.tokens[k];
    if (!isWord(t) || t.cap || ctx.quoted[k] || pack.stopwords.has(t.lower)) return start;
  }
  if (!hasRole(ctx, { start, end } satisfies Span)) return start;
  let comma = start - 1;
  for (let group = 0; group < MAX_GROUPS; group++) {
    let k = comma - 1;
    while (k >= 0 && comma - k <= MAX_GROUP_WORDS && describing(ctx, k)) k--;
    if (k === comma - 1) return start;
    const opener = tokens[k];
    if (isWord(opener) && pack.determiners.has(opener.lower) && !ctx.quoted[k]) {
      const before = tokens[k - 1];
      return k === 0 || !isWord(before) ? k : start;
    }
    if (opener?.text !== ',' || ctx.quoted[k]) return start;
    comma = k;
  }
  return start;
}
