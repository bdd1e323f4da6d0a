/**
 * The audience set before the speaker's name by an addressee word ("Kepada wartawan Daniel
 * menegaskan"): no part of the source phrase found before the verb.
 */
import type { SentenceContext } from '../context';
import { isNameToken } from './names';
import { isWord } from './tokens';

/**
 * "Kepada wartawan Daniel menegaskan", "pekan lalu kepada media Daniel menegaskan": the
 * audience after "kepada" is whom the speaker told; the source starts after it, at the name.
 */
export function addresseeAudienceLeft(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack, quoted } = ctx;
  const before = tokens[start - 1];
  if (!isWord(before) || quoted[start - 1] || !pack.addressees.has(before.lower)) return start;
  const audience = Math.max(
    pack.audiences.matchAt(tokens, start, end),
    pack.media.matchAt(tokens, start, end) === 1 && !tokens[start]?.cap ? 1 : 0,
  );
  const next = tokens[start + audience];
  return audience > 0 && start + audience < end && next && isNameToken(ctx, next)
    ? start + audience
    : start;
}
