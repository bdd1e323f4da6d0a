/**
 * Relayed statements. As a rule: "Dilansir dari Reuters, ..." / "seperti dikutip dari
 * Antara" name the outlet (or document) that carried the words; with no speaker in the
 * sentence the outlet is the source. As a refiner: when a speaker is the source ("X told
 * Reuters", "kata Wimboh ..., dikutip dari Antara", "ujar Faury kepada surat kabar Die
 * Welt", "..., Yahoo Finance reported"), the outlet is recorded as `via`.
 */
import type { SentenceContext } from '../context';
import { isStateControlled } from '../outlets';
import type { SourceKind } from '../report';
import { classify, sourceAfter, type FoundSource, type Span } from '../source';
import type { Candidate, Refiner, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

const CARRIERS: ReadonlySet<SourceKind> = new Set(['media', 'state_media', 'document']);

/** English "told X": the addressee of "told" is a carrier only when it is an outlet. */
const TOLD = new Set(['told', 'tells', 'tell']);

function carrierAfter(ctx: SentenceContext, from: number): { source: FoundSource; span: Span } | null {
  const span = sourceAfter(ctx, from);
  if (!span) return null;
  const source = classify(ctx, span);
  return source && CARRIERS.has(source.kind) ? { source, span } : null;
}

export const relayed: Rule = {
  id: 'relayed',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.relays)) {
      if (TOLD.has(ctx.tokens[at]?.lower ?? '')) continue;
      const found = carrierAfter(ctx, at + len);
      if (!found) continue;
      // The outlet's words are no part of the claim: "Dilansir KCNA, <claim>".
      out.push({ rule: 'relayed', cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len }, source: found.source, sourceSpan: found.span, rank: 1 });
    }
    return out;
  },
};

export const relayedRefiner: Refiner = {
  id: 'relayed',
  refine(ctx: SentenceContext, kept: Candidate, all: readonly Candidate[]): Candidate {
    if (kept.rank !== 2 || CARRIERS.has(kept.source.kind) || kept.via) return kept;
    let carrier: FoundSource | null = null;
    // 1. "told Reuters", "kepada surat kabar Die Welt" right after the cue or its source.
    const after = Math.max(kept.cueSpan.end, kept.sourceSpan?.end ?? 0);
    for (const i of [kept.cueSpan.end, after]) {
      const t = ctx.tokens[i];
      if (!t || carrier) continue;
      if (TOLD.has(ctx.tokens[kept.cueSpan.start]?.lower ?? '') && i === kept.cueSpan.end) carrier = carrierAfter(ctx, i)?.source ?? null;
      else if (ctx.pack.addressees.has(t.lower)) carrier = carrierAfter(ctx, i + 1)?.source ?? null;
    }
    // 2. Another cue in the sentence whose source is an outlet or document.
    // (A pronoun is never the carrier: "they" stands for someone already counted.)
    // One cue has one source: a second reading of the same cue ('..., said the plan' after
    // "An official, speaking ..., said") carries nothing.
    if (!carrier) carrier = all.find((c) => c !== kept && c.cueSpan.start !== kept.cueSpan.start && c.rule !== 'statement-frame' && CARRIERS.has(c.source.kind) && c.source.text !== '' && c.source.reasons.length === 0)?.source ?? null;
    if (!carrier) return kept;
    const outlet = carrier.outlet ? ctx.registry.get(carrier.outlet) : undefined;
    const state = carrier.kind === 'state_media' || isStateControlled(outlet);
    // A document carrying the words ("seperti dikutip dari video tersebut") is recorded as
    // `via`; only outlets have a reason of their own.
    const reasons = carrier.kind === 'document' ? [] : [state ? 'relayed_via_state_media' as const : 'relayed_via_media' as const];
    // The outlet's name as written, not what trails it ("Antara di Jakarta").
    const named = carrier.outlet ? ctx.outlets.find((m) => m.outlet.id === carrier.outlet)?.text : undefined;
    return { ...kept, via: named ?? carrier.text, viaOutlet: carrier.outlet, reasons: [...(kept.reasons ?? []), ...reasons] };
  },
};
