/**
 * A name handed over by a phrase of the pack ("a resident surnamed Wen", "a vendor who gave
 * her name as Leila", "warga bernama Sri"): the name after the phrase is the person's.
 */
import type { SentenceContext } from '../context';

/** Longest phrase handing over a name, in words ("identified only as"). */
const MAX_MARKER_WORDS = 3;

/** Does a phrase handing over a name end right before token `at`, starting at `floor` or
 * after it? */
export function nameHandedBefore(ctx: SentenceContext, at: number, floor = 0): boolean {
  const { tokens, pack } = ctx;
  for (let n = 1; n <= MAX_MARKER_WORDS && at - n >= floor; n++)
    if (pack.givenNameMarkers.matchAt(tokens, at - n, at) === n) return true;
  return false;
}
