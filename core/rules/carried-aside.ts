/**
 * "A message from the president, read out on state radio, said ...": the speaker's phrase
 * ran over its comma into a participle aside naming the outlet that carried the words, and
 * the whole phrase read as the outlet. The words before the comma are the speaker, the source;
 * the outlet in the aside is the via (docs/attribution.md: a claim reaching the article only
 * through state media), as with "The statement, carried by KCNA, said" (carried-document.ts).
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import type { Candidate } from './types';

/** Words of the participle before its preposition ("read out", "broadcast live"). */
const MAX_PARTICIPLE_WORDS = 3;

/** Kinds that only carry or report words: no speaker of their own before the aside. */
const OUTLETS = new Set(['media', 'state_media']);

export function carriedAside(
  ctx: SentenceContext,
  kept: Candidate,
): { source: FoundSource; span: Span; carrier: FoundSource } | null {
  const { pack, tokens } = ctx;
  const span = kept.sourceSpan;
  if (!span || !OUTLETS.has(kept.source.kind)) return null;
  for (let comma = span.start + 1; comma < span.end; comma++) {
    if (tokens[comma]?.text !== ',' || ctx.quoted[comma]) continue;
    for (let k = comma + 1; k <= comma + 1 + MAX_PARTICIPLE_WORDS && k < span.end; k++) {
      const t = tokens[k];
      if (!t || t.type !== 'word' || t.cap || ctx.quoted[k] || pack.tellVerbs.has(t.lower)) break;
      // The participle itself comes first ("read out on", "carried by").
      if (k === comma + 1) continue;
      const relay = pack.relayPrepositions.has(t.lower) ? 1 : pack.relays.matchAt(tokens, k);
      if (relay === 0) continue;
      const carrier = classify(ctx, { start: k + relay, end: span.end });
      if (!carrier || !OUTLETS.has(carrier.kind)) return null;
      const head = { start: span.start, end: comma };
      const source = classify(ctx, head);
      // A document before the aside stays the source ("The statement, read on state TV").
      if (!source || OUTLETS.has(source.kind) || source.kind === 'unattributed') return null;
      return { source, span: head, carrier };
    }
    return null;
  }
  return null;
}
