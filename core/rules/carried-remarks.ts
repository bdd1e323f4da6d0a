/**
 * "According to comments carried by Xinhua, ...", "..., according to remarks posted on the
 * website of state broadcaster CCTV": words of no named speaker that an outlet carried. With
 * no one else in the phrase the outlet is the source (docs/attribution.md: an outlet that
 * carried words with no speaker named); the phrase naming it is no claim.
 */
import type { SentenceContext } from '../context';
import { classify, plainSource } from '../source';
import { documentCarrier } from './carriers';
import { issuedPhraseEnd } from './issued-document';
import type { Candidate } from './types';
import { tokensText } from './util';

/** The outlet's candidate for "according to <remarks> <carried by outlet>" with the cue at
 * token `at` (`len` tokens), or null. */
export function carriedRemarks(
  ctx: SentenceContext,
  at: number,
  len: number,
): Omit<Candidate, 'rule'> | null {
  const { tokens, pack } = ctx;
  let k = at + len;
  if (pack.determiners.has(tokens[k]?.lower ?? '')) k++;
  const noun = pack.occasionNouns.matchAt(tokens, k);
  if (noun === 0 || ctx.quoted[k]) return null;
  const span = { start: at + len, end: k + noun };
  // "a statement", "an interview transcript": a document of its own is read as one.
  if (classify(ctx, span) !== null) return null;
  const probe: Candidate = {
    rule: 'according-to',
    cue: '',
    cueSpan: { start: at, end: at + len },
    source: plainSource('', 'document'),
    sourceSpan: span,
    rank: 2,
  };
  const carrier = documentCarrier(ctx, probe);
  if (!carrier || (carrier.kind !== 'media' && carrier.kind !== 'state_media')) return null;
  const claimBefore = tokens.slice(0, at).some((t) => t.type === 'word');
  const end = issuedPhraseEnd(ctx, span.end, claimBefore);
  if (end === span.end) return null;
  return {
    cue: tokensText(ctx, at, at + len),
    cueSpan: probe.cueSpan,
    source: carrier,
    sourceSpan: span,
    rank: 2,
    addresseeSpan: { start: span.end, end },
  };
}
