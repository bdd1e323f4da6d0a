/**
 * The outlet (or document) that carried someone's words, found after a phrase of the
 * sentence: after a relay word, after the document a claim rests on ("a statement read out
 * on state TV"). After an occasion ("said in a speech on state television"):
 * occasion-carrier.ts. Used by the relayed rule and refiner.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, sourceAfter, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import type { Candidate } from './types';
import { authorMarkerAfter } from './issued-document';
import { outletsThing } from './outlets-thing';

export const CARRIERS: ReadonlySet<SourceKind> = new Set(['media', 'state_media', 'document']);

export function carrierAfter(
  ctx: SentenceContext,
  from: number,
): { source: FoundSource; span: Span } | null {
  const span = sourceAfter(ctx, from);
  if (!span) return null;
  const source = classify(ctx, span);
  return source && CARRIERS.has(source.kind) ? { source, span } : null;
}

/** "told state media the plan was ready": the carrier's phrase, without the claim words that
 * trail it (lower-case words the carrier reads the same without). */
export function shrink(
  ctx: SentenceContext,
  found: { source: FoundSource; span: Span },
): { source: FoundSource; span: Span } {
  let best = headBeforeComma(ctx, found) ?? found;
  const placed = outletBeforePlace(ctx, best.span);
  if (placed?.source.kind === found.source.kind) return placed;
  for (let end = found.span.end - 1; end > found.span.start; end--) {
    const last = ctx.tokens[end];
    // "told the official Xinhua news agency in an interview": the outlet's own noun stays.
    if (!last || last.cap || ctx.pack.outletNouns.has(last.lower)) break;
    const span = { start: found.span.start, end };
    const source = classify(ctx, span);
    if (source?.kind === found.source.kind) best = { source, span };
  }
  return best;
}

/** "told state media in Pyongyang", "told Xinhua in Kelbo": the outlet before a place it
 * was told in (a preposition of place and a capitalised word), when that is a carrier. */
export function outletBeforePlace(
  ctx: SentenceContext,
  within: Span,
): { source: FoundSource; span: Span } | null {
  for (let k = within.start + 1; k < within.end; k++) {
    if (!ctx.pack.locatives.has(ctx.tokens[k]?.lower ?? '') || !ctx.tokens[k + 1]?.cap) continue;
    const span = { start: within.start, end: k };
    const source = classify(ctx, span);
    return source && CARRIERS.has(source.kind) ? { source, span } : null;
  }
  return null;
}

/** The outlet read from `from` when the phrase there runs over a place ("Xinhua in Kelbo"). */
export function placedCarrierAfter(
  ctx: SentenceContext,
  from: number,
): { source: FoundSource; span: Span } | null {
  const span = sourceAfter(ctx, from);
  return span ? outletBeforePlace(ctx, span) : null;
}

/** Past a place right after an outlet told ("in Kelbo"), and a time after it: where the
 * claim may start. */
export function pastPlace(ctx: SentenceContext, end: number): number {
  const { tokens, pack } = ctx;
  if (!pack.locatives.has(tokens[end]?.lower ?? '') || !tokens[end + 1]?.cap) return end;
  let k = end + 1;
  while (tokens[k]?.cap && tokens[k]?.type === 'word' && !ctx.quoted[k]) k++;
  while (pack.timeWords.has(tokens[k]?.lower ?? '') && !ctx.quoted[k]) k++;
  return k;
}

/** "a readout carried by the official news agency, Premier Ito said": the phrase read after
 * "by" ran over the comma into the clause's speaker. The carrier is the words before the
 * comma when they alone are a carrier of the same kind and what follows is no outlet
 * ("the state news agency, Statenews" names it again). */
function headBeforeComma(
  ctx: SentenceContext,
  found: { source: FoundSource; span: Span },
): { source: FoundSource; span: Span } | null {
  const { start, end } = found.span;
  const comma = ctx.tokens.findIndex(
    (t, k) => k > start && k < end && t.text === ',' && !ctx.quoted[k],
  );
  if (comma < 0) return null;
  const head = { start, end: comma };
  const source = classify(ctx, head);
  if (source?.kind !== found.source.kind) return null;
  const rest = classify(ctx, { start: comma + 1, end });
  return rest && CARRIERS.has(rest.kind) ? null : { source, span: head };
}

/** "according to an army statement read out on state television", "a transcript carried by
 * KCNA showed": the outlet that carried the document the claim rests on, a few words after
 * it. The document stays the source; the outlet is the via. */
export function documentCarrier(ctx: SentenceContext, kept: Candidate): FoundSource | null {
  const { pack, tokens } = ctx;
  if (kept.source.kind !== 'document' || !kept.sourceSpan) return null;
  const inner = carrierInRelative(ctx, kept.sourceSpan);
  if (inner) return inner;
  // "The statement, carried by KCNA, said": the carrier may be set off by a comma.
  const from = kept.sourceSpan.end + (tokens[kept.sourceSpan.end]?.text === ',' ? 1 : 0);
  // "photos released (on Monday) by KCNA": an outlet after a participle and "by" released them.
  const marker = authorMarkerAfter(ctx, from);
  if (marker > from) {
    const found = carrierAfter(ctx, marker + 1);
    if (found && found.source.kind !== 'document') return shrink(ctx, found).source;
  }
  for (let i = from; i <= from + MAX_CARRIED_TOKENS && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i] || pack.complementizers.has(t.lower)) break;
    const relay = pack.relayPrepositions.has(t.lower) ? 1 : pack.relays.matchAt(tokens, i);
    if (relay === 0 || pack.tellVerbs.has(t.lower)) continue;
    const found = carrierAfter(ctx, i + relay);
    if (!found || found.source.kind === 'document' || outletsThing(ctx, found.span)) return null;
    return shrink(ctx, found).source;
  }
  return null;
}

/** "laporan yang dirilis kantor berita Statenews": a relative clause inside the document's
 * phrase (Indonesian reads it as part of the noun phrase) whose relay names the outlet that
 * published the document. */
function carrierInRelative(ctx: SentenceContext, span: Span): FoundSource | null {
  const { pack, tokens } = ctx;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (ctx.quoted[k] || !pack.relativePronouns.has(tokens[k]?.lower ?? '')) continue;
    const relay = Math.max(
      pack.relays.matchAt(tokens, k + 1),
      pack.publishingRelays.matchAt(tokens, k + 1),
    );
    if (relay === 0 || pack.tellVerbs.has(tokens[k + 1]?.lower ?? '')) return null;
    const found = carrierAfter(ctx, k + 1 + relay);
    if (!found || found.source.kind === 'document' || outletsThing(ctx, found.span)) return null;
    return shrink(ctx, found).source;
  }
  return null;
}

/** Words between a document and the phrase naming its carrier ("read out", "posted"). */
const MAX_CARRIED_TOKENS = 3;

/** "The speech, carried by state media, lasted two hours", "material published by engineers
 * who built ...": after a participle relay and its outlet the clause goes on (a verb or a
 * relative, past a day and a comma), so the outlet carried a thing, not the words of a
 * claim; a verb of saying there is the thing's words ("The speech, carried by KCNA, said").
 * A place or a new noun phrase after it ("carried by KCNA, a day after ...") is no clause. */
export function carriedThing(ctx: SentenceContext, at: number, len: number, span: Span): boolean {
  const { pack, tokens } = ctx;
  if (pack.postmodifierRelays.matchAt(tokens, at) !== len) return false;
  let k = span.end;
  while (pack.timeWords.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.text === ',') k++;
  const t = tokens[k];
  return (
    t !== undefined &&
    t.type === 'word' &&
    !t.cap &&
    !ctx.quoted[k] &&
    !pack.timeWords.has(t.lower) &&
    !pack.locatives.has(t.lower) &&
    !pack.relayPrepositions.has(t.lower) &&
    !pack.determiners.has(t.lower) &&
    pack.cuePhrases.matchAt(tokens, k) === 0
  );
}

/** Words between a carrier and the outlet that passed it on ("interview" in "a Daily
 * Planet interview cited by Statenews"). */
const MAX_OUTER_GAP = 2;

/** "according to a Daily Planet interview cited by state news agency Statenews": the outlet that carried the
 * carrier's words on to the article, named right after it. */
export function outerRelay(
  ctx: SentenceContext,
  carrier: Candidate,
  all: readonly Candidate[],
): Candidate | null {
  const end = carrier.sourceSpan?.end;
  if (end === undefined) return null;
  const plain = (to: number) =>
    ctx.tokens.slice(end, to).every((t, i) => t.type === 'word' && !ctx.quoted[end + i]);
  return (
    all.find(
      (c) =>
        c !== carrier &&
        c.rule === 'relayed' &&
        (c.source.kind === 'media' || c.source.kind === 'state_media') &&
        c.cueSpan.start >= end &&
        c.cueSpan.start <= end + MAX_OUTER_GAP &&
        plain(c.cueSpan.start),
    ) ?? null
  );
}

/** "Dikutip dari The World Times", "dilansir dari laman resminya": after a phrase that only
 * a publication can follow, what the lexicons do not know is an outlet when written with a
 * capital (a title) and a written source otherwise. A pronoun or a date is neither. */
export function publicationCarrier(
  ctx: SentenceContext,
  at: number,
  len: number,
  from = at + len,
): { source: FoundSource; span: Span } | null {
  if (from === at + len && ctx.pack.publicationRelays.matchAt(ctx.tokens, at) !== len) return null;
  const span = sourceAfter(ctx, from);
  const first = span ? ctx.tokens[span.start] : undefined;
  if (!span || !first || first.type !== 'word') return null;
  if (
    ctx.pack.personPronouns.has(first.lower) ||
    ctx.pack.groupPronouns.has(first.lower) ||
    ctx.pack.timeWords.has(first.lower)
  )
    return null;
  const source = classify(ctx, span);
  if (!source || source.reasons.length > 0) return null;
  // "as high as reported by Velmont" after "Velmont Inc said": a firm or body the article
  // already named as one is no outlet.
  if (
    (source.kind === 'organization' || source.kind === 'official_body') &&
    source.basis?.startsWith(EARLIER_NAME) === true
  )
    return null;
  const kind: SourceKind = first.cap ? 'media' : 'document';
  return { source: { ...source, kind, name: null, role: null }, span };
}

/** The stage that knows a name from the article's earlier mention of it. */
const EARLIER_NAME = 'earlier-name';

/** Longest name of the outlet that relays another's words, in tokens ("Kompas.com"). */
const MAX_AGENT_TOKENS = 4;

/**
 * "dikutip KompasTekno dari Quartz", "dilansir Kompas.com dari laman resmi X": between the
 * relay's verb and the word that would complete it as a publication relay ("dikutip" +
 * "dari") stands the outlet that relayed the words, capitalised. What follows that word
 * carried them: its source, or null.
 */
export function afterRelayingAgent(
  ctx: SentenceContext,
  at: number,
  len: number,
): { source: FoundSource; span: Span } | null {
  const { tokens, pack } = ctx;
  const first = tokens[at + len];
  if (!first || first.type !== 'word' || !first.cap || ctx.quoted[at + len]) return null;
  for (let k = at + len + 1; k <= at + len + MAX_AGENT_TOKENS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.type === 'word' && !t.cap) {
      const phrase = [...tokens.slice(at, at + len), t];
      if (pack.publicationRelays.matchAt(phrase, 0) !== len + 1) return null;
      return carrierAfter(ctx, k + 1) ?? publicationCarrier(ctx, at, len, k + 1);
    }
    if (t.type !== 'word' && t.text !== '.') return null;
  }
  return null;
}

/** What a relay's verb at `at` (`len` words) names as carrying the words: the agent's own
 * source first ("dilansir Kompas.com dari Reuters"), else the phrase after the verb. It stops
 * at its comma ("Writing in the journal Tidal Science, the authors said"). */
export function relayCarrier(
  ctx: SentenceContext,
  at: number,
  len: number,
): { source: FoundSource; span: Span } | null {
  const read =
    afterRelayingAgent(ctx, at, len) ??
    carrierAfter(ctx, at + len) ??
    publicationCarrier(ctx, at, len);
  return read ? (headBeforeComma(ctx, read) ?? read) : null;
}
