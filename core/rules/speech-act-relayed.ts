/**
 * "The premier urged farmers to plant more wheat, state media reported": the outlet's verb is
 * the sentence's only cue, but the clause it reports is a speech act of its subject (a call,
 * a plea, praise or a rebuke). The subject is the source and the outlet carried the words
 * (`via`), as for "The premier said ..., state media reported" (docs/attribution.md: a claim
 * reaching the article only through state media). A deed ("Police arrested four men, state
 * media reported") stays the outlet's claim.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, sourceBefore, type Span } from '../source';
import { relayVia } from './relayed';
import type { Candidate, Refiner } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);
const NOT_SPEAKERS: ReadonlySet<SourceKind> = new Set([
  'media',
  'state_media',
  'document',
  'unattributed',
]);

/** Where the outlet's own words start ("state media reported", "according to KCNA"), when
 * they close the sentence after a comma. */
function outletClauseStart(ctx: SentenceContext, kept: Candidate): number {
  if (!kept.sourceSpan) return -1;
  const start = Math.min(kept.sourceSpan.start, kept.cueSpan.start);
  return ctx.tokens[start - 1]?.text === ',' ? start - 1 : -1;
}

/** The subject opens the clause: nothing before it but an opener ("Meanwhile, ..."). */
function opensClause(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  let k = pack.openers.matchAt(tokens, 0, span.start);
  if (tokens[k]?.text === ',') k++;
  return k === span.start;
}

export const speechActRelayed: Refiner = {
  id: 'speech-act-relayed',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    if (kept.via || !OUTLETS.has(kept.source.kind)) return kept;
    // Another reading of the sentence with a speaker of its own is the relayed refiner's.
    if (all.some((c) => c.rank === 2 && !OUTLETS.has(c.source.kind))) return kept;
    const end = outletClauseStart(ctx, kept);
    if (end < 0) return kept;
    const acts = matchesOutsideQuotes(ctx, ctx.pack.relayedSpeechActs, { lowerOnly: true });
    const [at, len] = acts.find(([a]) => a > 0 && a < end) ?? [-1, 0];
    if (at < 0) return kept;
    const span = sourceBefore(ctx, at);
    if (!span || !opensClause(ctx, span)) return kept;
    const source = classify(ctx, span);
    if (!source || NOT_SPEAKERS.has(source.kind)) return kept;
    const relay = relayVia(ctx, kept.source);
    return {
      ...kept,
      ...relay,
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start: at, end: at + len },
      source,
      sourceSpan: span,
      rank: 2,
      claim: tokensText(ctx, at + len, end),
      reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])],
    };
  },
};
