/**
 * "X said <claim>, in a speech broadcast live by state television on Tuesday": the occasion
 * the carrier closing the sentence carried ("in a speech", "in comments") and the time after
 * it are no part of the claim.
 */
import type { SentenceContext } from '../context';
import { claimText } from '../claim';
import type { FoundSource } from '../source';
import { askedCarrier } from './asked-by';
import {
  carrierOfOccasion,
  frontedOccasionCarrier,
  medialOccasionCarrier,
} from './occasion-carrier';
import { asideRelayCarrier, closingRelayCarrier, medialRelayCarrier } from './relay-preposition';
import type { Candidate } from './types';

/** Words of a modifier between the occasion's article and its noun ("a televised speech"). */
const MAX_OCCASION_WORDS = 3;

/** Where the occasion right before a carrier's phrase starting at `at` opens (its comma or
 * preposition: "..., in remarks published by"), or `at` when there is none. */
export function occasionBefore(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  for (let noun = at - 1; noun >= Math.max(0, at - 1 - MAX_OCCASION_WORDS - 2); noun--) {
    const len = pack.occasionNouns.matchAt(tokens, noun, at);
    if (!len || noun + len !== at) continue;
    // Back from the noun over its article and modifiers to the preposition.
    for (let k = noun - 1; k >= 0 && noun - k <= MAX_OCCASION_WORDS + 1; k--) {
      const t = tokens[k];
      if (!t || t.type !== 'word' || ctx.quoted[k]) break;
      if (!pack.occasionPrepositions.has(t.lower)) continue;
      return tokens[k - 1]?.text === ',' ? k - 1 : k;
    }
  }
  return at;
}

/** Does only a time phrase ("on Tuesday", "late on Monday") or punctuation follow `end`? */
export function onlyTimeAfter(ctx: SentenceContext, end: number): boolean {
  const { tokens, pack } = ctx;
  return tokens
    .slice(end)
    .every((t) => t.type === 'punct' || pack.timeWords.has(t.lower) || /^\d/u.test(t.text));
}

/** The outlet that carried the occasion the speaker spoke on, and the claim without it:
 * opening the sentence ("In a speech broadcast on state TV, X said"), set between the
 * speaker and the verb or after the verb ("X menyatakan, melalui KCNA, bahwa ..."), a
 * question the outlet asked ("Asked by KCNA about it, X said"), or
 * closing the sentence after the claim ("X said <claim>, in a
 * speech aired live on state television"). */
export function occasionCarrier(
  ctx: SentenceContext,
  kept: Candidate,
): { source: FoundSource; claim?: string } | null {
  const source =
    frontedOccasionCarrier(ctx, kept) ??
    medialOccasionCarrier(ctx, kept) ??
    medialRelayCarrier(ctx, kept);
  if (source) return { source };
  const aside = asideRelayCarrier(ctx, kept);
  if (aside) {
    // The claim read again as if the aside were part of the cue (the kept one ran over it).
    const cueSpan = { start: kept.cueSpan.start, end: aside.claimStart };
    return { source: aside.source, claim: claimText(ctx, { ...kept, claim: undefined, cueSpan }) };
  }
  const asked = askedCarrier(ctx, kept);
  if (asked) return asked;
  const { tokens, pack } = ctx;
  const from = Math.max(kept.cueSpan.end, kept.addresseeSpan?.end ?? 0, kept.sourceSpan?.end ?? 0);
  // Right after the verb the occasion is read with it; here it closes the claim.
  for (let k = from + 1; k < tokens.length; k++) {
    if (ctx.quoted[k] || !pack.occasionPrepositions.has(tokens[k]?.lower ?? '')) continue;
    const found = carrierOfOccasion(ctx, k);
    if (!found || found.source.kind === 'document' || !onlyTimeAfter(ctx, found.span.end)) continue;
    const start = tokens[k - 1]?.text === ',' ? k - 1 : k;
    return { source: found.source, claim: claimText(ctx, kept, { start: 0, end: start }) };
  }
  // "X said <claim>, through state media": a relay preposition closes it instead.
  const through = closingRelayCarrier(ctx, from, (end) => onlyTimeAfter(ctx, end));
  if (!through) return null;
  return {
    source: through.source,
    claim: claimText(ctx, kept, { start: 0, end: through.claimEnd }),
  };
}
