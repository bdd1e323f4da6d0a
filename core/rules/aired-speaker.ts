/**
 * "State television aired an interview with X in which he said ...", "Xinhua published a
 * letter from X, who said ...", "Televisi pemerintah menayangkan X yang mengatakan ...": an
 * outlet opening the sentence put out (aired, broadcast, carried, published) the occasion a
 * speaker spoke on, and the speaker's cue stands in a relative clause of it. The speaker is
 * the source, the outlet the via. ("State TV aired the match, and the coach said ..." is two
 * clauses: no relative, no via.)
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, sourceBefore, type FoundSource } from '../source';
import { relayVia } from './relayed';
import type { Candidate, Refiner } from './types';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** The outlet subject opening the sentence and the index of its verb of putting out, before
 * token `end`; null when the sentence opens otherwise. */
function outletPutOut(
  ctx: SentenceContext,
  end: number,
): { outlet: FoundSource; verb: number } | null {
  const { tokens, pack } = ctx;
  const first = tokens.findIndex((t) => t.type === 'word');
  for (let v = first + 1; v < end; v++) {
    const t = tokens[v];
    if (!t || ctx.quoted[v] || t.type === 'quote') return null;
    if (t.type !== 'word' || !pack.data.pictureVerbs.includes(t.lower)) continue;
    const span = sourceBefore(ctx, v);
    if (!span || span.start !== first || span.end !== v) return null;
    const outlet = classify(ctx, span);
    return outlet && OUTLETS.has(outlet.kind) ? { outlet, verb: v } : null;
  }
  return null;
}

/** A relative word between the verb and the speaker's cue, and no second clause joined by a
 * comma and a coordinator or by a semicolon. */
function relativeBetween(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens, pack } = ctx;
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return false;
    if (t.text === ';') return false;
    if (t.text === ',' && pack.coordinators.has(tokens[k + 1]?.lower ?? '')) return false;
    if (pack.clauseRelatives.has(t.lower)) relative = true;
  }
  return relative;
}

export const airedSpeaker: Refiner = {
  id: 'aired-speaker',
  refine(ctx: SentenceContext, kept: Candidate): Candidate {
    const src = kept.sourceSpan;
    if (kept.rank !== 2 || kept.via || !src || OUTLETS.has(kept.source.kind)) return kept;
    if (src.end > kept.cueSpan.start) return kept;
    const put = outletPutOut(ctx, src.start);
    if (!put || !relativeBetween(ctx, put.verb + 1, kept.cueSpan.start)) return kept;
    const relay = relayVia(ctx, put.outlet);
    return { ...kept, ...relay, reasons: [...(kept.reasons ?? []), ...(relay.reasons ?? [])] };
  },
};
