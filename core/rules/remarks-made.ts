/**
 * "Jalili made the remarks in an interview with the Wirely correspondent", "Salehi made the
 * comments in reference to the new sanctions": the subject made the words of the sentence
 * before (docs/attribution.md: anaphoric claims count, as "the minister said this" does).
 * The subject is the source and the previous sentence the claim; an outlet the words were
 * given to ("an interview with ...", "to ...") is the relay. A sentence citing an outlet
 * ("..., according to KCNA") is left to core/carried-back.ts: the outlet reports the occasion.
 */
import type { SentenceContext } from '../context';
import { carrierAfter, shrink } from './carriers';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

/** Tokens after the words' noun in which the outlet they were given to may be named. */
const MAX_OCCASION_TOKENS = 10;

/** The outlet after "with" or "to" in the occasion that follows the words ("in an exclusive
 * interview with the Wirely correspondent", "to state television"). */
export function outletGiven(ctx: SentenceContext, from: number) {
  const { tokens, pack } = ctx;
  for (let k = from; k < tokens.length && k - from < MAX_OCCASION_TOKENS; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return null;
    if (!pack.addressees.has(t.lower) && !pack.withMarkers.has(t.lower)) continue;
    const found = carrierAfter(ctx, k + 1);
    if (found && found.source.kind !== 'document') return shrink(ctx, found);
  }
  return null;
}

/** What follows the words' noun is their occasion or time ("in an interview", "on Sunday",
 * "as he met ...") or nothing: "made the remarks public" made them known, it said nothing. */
function occasionAfter(ctx: SentenceContext, at: number): boolean {
  const t = ctx.tokens[at];
  if (!t || t.type !== 'word') return true;
  return ctx.pack.stopwords.has(t.lower) || ctx.pack.timeWords.has(t.lower);
}

export const remarksMade: Rule = {
  id: 'remarks-made',
  find(ctx: SentenceContext): Candidate[] {
    const { tokens, pack } = ctx;
    if (!ctx.previous || matchesOutsideQuotes(ctx, pack.accordingTo).length > 0) return [];
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.remarkMakingVerbs, {
      lowerOnly: true,
    })) {
      let n = at + len;
      while (
        pack.determiners.has(tokens[n]?.lower ?? '') ||
        pack.anaphoricMarkers.has(tokens[n]?.lower ?? '')
      )
        n++;
      // "made the remarks", "made these comments": a pointing word before the words' noun.
      if (n === at + len) continue;
      const noun = pack.carriedWords.matchAt(tokens, n);
      if (!noun || !occasionAfter(ctx, n + noun)) continue;
      // "made the remarks at a briefing and noted that ...": a verb of saying of its own
      // after them says what the sentence reports.
      const saidAfter = matchesOutsideQuotes(ctx, pack.speakerVerbs, { lowerOnly: true }).some(
        ([k]) => k > n + noun,
      );
      if (saidAfter) continue;
      const speaker = speakerBefore(ctx, at);
      if (!speaker) continue;
      const outlet = outletGiven(ctx, n + noun);
      const relay = outlet ? relayVia(ctx, outlet.source) : {};
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, n + noun),
        cueSpan: { start: at, end: n + noun },
        source: speaker.source,
        sourceSpan: speaker.span,
        rank: 2,
        claim: ctx.previous,
        ...relay,
        reasons: ['anaphoric_claim', ...(relay.reasons ?? [])],
        ...(outlet ? { addresseeSpan: outlet.span } : {}),
      });
    }
    return out;
  },
};
