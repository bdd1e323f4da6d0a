/**
 * "according to the custom of most firms", "according to tradition": "according to" keeps in
 * line with a practice, which says nothing; no source follows.
 */
import type { SentenceContext } from '../context';

/** The words after the cue (from token `from`) open with a practice noun, after at most a
 * determiner or possessive ("the custom", "his habit"). */
export function practiceAfter(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  const lead = tokens[from]?.lower ?? '';
  const at = pack.determiners.has(lead) || pack.possessives.has(lead) ? from + 1 : from;
  return pack.accordanceNouns.has(tokens[at]?.lower ?? '') && !ctx.quoted[at];
}
