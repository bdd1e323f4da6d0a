/**
 * "kata pengelola (pasar) yang enggan disebut namanya": after a verb-first cue, a clause
 * saying the speaker's name is withheld belongs to the source phrase, whatever its noun (a
 * firm's word too): it says the source is a person left unnamed.
 */
import type { SentenceContext } from '../context';
import { plainWord } from './collect';

/** Plain words between the noun and the relative pronoun ("pengelola pasar yang ..."). */
const MAX_QUALIFIERS = 1;

/** The end of the withheld-name clause after the phrase [start, end), or `end`. */
export function withheldNameAfter(ctx: SentenceContext, start: number, end: number): number {
  if (end <= start) return end;
  const { tokens, pack } = ctx;
  let k = end;
  while (
    k - end < MAX_QUALIFIERS &&
    plainWord(ctx, k) &&
    !pack.relativePronouns.has(tokens[k]?.lower ?? '')
  )
    k++;
  if (ctx.quoted[k] || !pack.relativePronouns.has(tokens[k]?.lower ?? '')) return end;
  const len = pack.withheldNames.matchAt(tokens, k + 1);
  return len > 0 && !ctx.quoted[k + len] ? k + 1 + len : end;
}
