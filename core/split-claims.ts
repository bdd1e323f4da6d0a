/**
 * Two claims in one sentence: a second speaker's cue in a clause of its own, after a joiner.
 */
import { joinerBefore } from './clause-joiner';
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import type { Span } from './source';

/**
 * "Smith said the deal was done, while Jones said talks would continue": a second speaker's
 * cue in a clause of its own, opened by a joiner ("while", "whereas", "sementara",
 * "sedangkan") right before that speaker. The guidelines count two records for two
 * independent cues; an attribution nested in the first claim ("X said Y told him ...") is
 * no second claim: it has no joiner. Returns the second candidate and the two clauses.
 */
export function splitClaims(
  ctx: SentenceContext,
  kept: Candidate,
  candidates: readonly Candidate[],
): { second: Candidate; first: Span; rest: Span } | null {
  if (kept.rank !== 2) return null;
  const keptEnd = Math.max(kept.cueSpan.end, kept.sourceSpan?.end ?? 0);
  let second: Candidate | null = null;
  let joinAt = -1;
  for (const c of candidates) {
    if (
      c.rank !== 2 ||
      !c.sourceSpan ||
      c.sourceSpan.end > c.cueSpan.start ||
      c.sourceSpan.start <= keptEnd
    )
      continue;
    if (second && c.cueSpan.start >= second.cueSpan.start) continue;
    // The joiner ends right where the second source starts.
    const at = joinerBefore(ctx, kept, c, keptEnd);
    if (at < 0) continue;
    second = c;
    joinAt = at;
  }
  if (!second) return null;
  return {
    second,
    first: { start: 0, end: joinAt },
    rest: { start: second.sourceSpan?.start ?? joinAt, end: ctx.tokens.length },
  };
}
