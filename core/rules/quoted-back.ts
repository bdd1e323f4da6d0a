/**
 * "The minister said <claim>, TASS quoted him as saying.": after the speaker's own verb and
 * claim, an outlet closing the sentence quotes that speaker again by an object pronoun. The
 * speaker stays the source, the outlet that quoted them is the via, and the outlet's phrase is
 * no part of the claim (docs/attribution.md: a claim reaching the article only through state
 * media carries the state_media flag).
 */
import type { SentenceContext } from '../context';
import { claimText } from '../claim';
import { CARRIERS } from './carriers';
import { onlyTimeAfter } from './closing-occasion';
import { relayVia } from './relayed';
import type { Candidate, Refiner } from './types';

/** The comma opening the outlet's phrase and its verb before the quoted pronoun at `who`,
 * when only unquoted words stand between them ("..., Russia's RIA news agency quoted him"),
 * or -1. */
function commaBefore(ctx: SentenceContext, from: number, who: number): number {
  for (let k = who - 1; k > from; k--) {
    const t = ctx.tokens[k];
    if (!t || ctx.quoted[k]) return -1;
    if (t.text === ',') return k < who - 2 ? k : -1;
    if (t.type !== 'word' && t.text !== "'s" && t.text !== '’s') return -1;
  }
  return -1;
}

/** The outlet's quoting candidate after the claim: its speaker one object pronoun, and only
 * a time or punctuation after its complement ("as saying on Monday."). */
function quotingAgain(ctx: SentenceContext, kept: Candidate, c: Candidate): boolean {
  const { tokens, pack } = ctx;
  const who = c.sourceSpan;
  if (c.rule !== 'quoted-as' || !c.viaSource || !who || who.end - who.start !== 1) return false;
  if (c.cueSpan.start <= kept.cueSpan.end || who.start <= c.cueSpan.start + 1) return false;
  if (!pack.objectPronouns.has(tokens[who.start]?.lower ?? '')) return false;
  const complement = pack.quoteComplements.matchAt(tokens, who.end);
  return complement > 0 && onlyTimeAfter(ctx, who.end + complement);
}

export const quotedBack: Refiner = {
  id: 'quoted-back',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    const own = kept.sourceSpan;
    if (kept.rank !== 2 || kept.via || !own || CARRIERS.has(kept.source.kind)) return kept;
    // The speaker before its verb: "The minister said ...".
    if (own.end > kept.cueSpan.start) return kept;
    const quote = all.find((c) => quotingAgain(ctx, kept, c));
    if (!quote?.viaSource) return kept;
    const comma = commaBefore(ctx, kept.cueSpan.end, quote.sourceSpan?.start ?? 0);
    if (comma < 0) return kept;
    const relay = relayVia(ctx, quote.viaSource);
    return {
      ...kept,
      ...relay,
      claim: claimText(ctx, kept, { start: 0, end: comma }),
      reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])],
    };
  },
};
