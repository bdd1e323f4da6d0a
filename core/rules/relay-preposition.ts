/**
 * The outlet a speaker spoke through, named with a relay preposition away from the verb:
 * set off by commas between the speaker and the verb ("Pyongyang, melalui media pemerintah,
 * menyatakan ...") or closing the sentence after the claim ("X said <claim>, through state
 * media", "X menyatakan <claim> melalui media pemerintah"). Only a news outlet; the
 * speaker stays the source and the outlet is the via.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import type { FoundSource } from '../source';
import { carrierAfter, shrink } from './carriers';
import type { Candidate } from './types';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** The outlet read right after the relay preposition at `at`, and where its phrase ends. */
function outletThrough(
  ctx: SentenceContext,
  at: number,
): { source: FoundSource; end: number } | null {
  if (ctx.quoted[at] || !ctx.pack.relayPrepositions.has(ctx.tokens[at]?.lower ?? '')) return null;
  const found = carrierAfter(ctx, at + 1);
  if (!found || found.span.start !== at + 1 || !OUTLETS.has(found.source.kind)) return null;
  const shrunk = shrink(ctx, found);
  return OUTLETS.has(shrunk.source.kind) ? { source: shrunk.source, end: shrunk.span.end } : null;
}

/** "Pyongyang, melalui media pemerintah, menyatakan": between the speaker's comma and the
 * comma before the verb. */
export function medialRelayCarrier(ctx: SentenceContext, kept: Candidate): FoundSource | null {
  const src = kept.sourceSpan;
  if (!src || src.end >= kept.cueSpan.start || ctx.tokens[src.end]?.text !== ',') return null;
  const through = outletThrough(ctx, src.end + 1);
  if (!through || through.end >= kept.cueSpan.start) return null;
  return ctx.tokens[through.end]?.text === ',' ? through.source : null;
}

/** "X said <claim>, through state media": the outlet's phrase closes the sentence (a time may
 * follow). A preposition the language sets a channel off with bare ("melalui") needs no
 * comma; any other does ("said the result would be announced on state TV" is the claim's).
 * Returns the outlet and where the claim ends. */
export function closingRelayCarrier(
  ctx: SentenceContext,
  from: number,
  onlyTimeAfter: (end: number) => boolean,
): { source: FoundSource; claimEnd: number } | null {
  const { tokens, pack } = ctx;
  for (let k = from + 1; k < tokens.length; k++) {
    const through = outletThrough(ctx, k);
    if (!through || !onlyTimeAfter(through.end)) continue;
    const comma = tokens[k - 1]?.text === ',';
    if (!comma && !pack.interposers.has(tokens[k]?.lower ?? '')) return null;
    return { source: through.source, claimEnd: comma ? k - 1 : k };
  }
  return null;
}

/** "Negara itu menyatakan, melalui media pemerintah, bahwa ...": set off by commas right
 * after the verb, before the claim. Returns the outlet and where the claim starts. */
export function asideRelayCarrier(
  ctx: SentenceContext,
  kept: Candidate,
): { source: FoundSource; claimStart: number } | null {
  const at = kept.cueSpan.end;
  if (ctx.tokens[at]?.text !== ',' || ctx.quoted[at]) return null;
  const through = outletThrough(ctx, at + 1);
  if (!through || ctx.tokens[through.end]?.text !== ',') return null;
  return { source: through.source, claimStart: through.end + 1 };
}
