/**
 * "Dari keterangan saksi, pelaku kabur ke utara", "Dari informasi yang dihimpun, tiga orang
 * terluka", "Dari data Dinas Kesehatan, kasus naik": a preposition of the pack opening the
 * sentence reads as "berdasarkan" up to the comma. What stands there must be a source by
 * itself: a document with its owner's name, people (after a noun of saying, or as a whole
 * phrase of the pack), never a place or a time ("Dari Jakarta, rombongan ..."). A fallback (rules/index.ts): any cue of
 * the sentence is read first. "Keterangan saksi, ...": the noun of saying may open the
 * sentence without the preposition.
 */
import { claimText } from '../claim';
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { PERSON_KINDS } from '../source-kind-groups';

/** Words between the preposition and its comma: longer, and it is no source phrase. */
const MAX_BASIS_WORDS = 8;

/** The source of the phrase [from, comma): the phrase itself, or the speaker after its noun of
 * saying ("keterangan saksi" is the witnesses'). */
function basisSource(
  ctx: SentenceContext,
  from: number,
  comma: number,
  passive = false,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const whole = { start: from, end: comma };
  // "Sesuai Undang-Undang Nomor 1 Tahun 2023, ...": a law is the basis of an act, no source.
  if (pack.regulations.find(tokens, from, comma)) return null;
  const found = classify(ctx, whole);
  // "Dari data BPS, ...": a document with its owner's name. "Dari laporan itu, polisi
  // menyelidiki ..." is what an act followed (a complaint), no source of a claim.
  // A passive of finding out ("Dari laporan keuangan diketahui") says it is a claim's source.
  const owned = passive || tokens.slice(from + 1, comma).some((t) => t.cap);
  if (found?.kind === 'document' && owned) return { span: whole, source: found };
  // "informasi yang dihimpun": people the reporter does not name, as a phrase of the pack.
  if (found?.kind === 'anonymous' && pack.anonymous.matchAt(tokens, from) === comma - from)
    return { span: whole, source: found };
  return speakerAfterNoun(ctx, from, comma);
}

/** The people after the noun of saying at `from`, up to the comma ("keterangan saksi"). */
function speakerAfterNoun(
  ctx: SentenceContext,
  from: number,
  comma: number,
): { span: Span; source: FoundSource } | null {
  const noun = ctx.pack.claimNouns.matchAt(ctx.tokens, from, comma);
  if (noun === 0 || from + noun >= comma) return null;
  // "Pernyataan tersebut dibantah oleh ..., Nama": a pointer after the noun refers back to
  // words said before; no speaker follows it.
  if (ctx.pack.anaphoricMarkers.has(ctx.tokens[from + noun]?.lower ?? '')) return null;
  const span = { start: from + noun, end: comma };
  const speaker = classify(ctx, span);
  return speaker && PERSON_KINDS.has(speaker.kind) ? { span, source: speaker } : null;
}

/** Lower-case qualifiers before a noun of judging ("the real problem", "the biggest lesson"). */
const MAX_FRAME_QUALIFIERS = 2;

/** "..., the answer is simple", "..., persoalan utama bukan ...": a noun of judging opens the
 * words after the comma (with the copula the pack asks for), so they are a held view. */
function judgedAfter(ctx: SentenceContext, comma: number): boolean {
  const { tokens, pack } = ctx;
  let k = comma + 1;
  if (pack.definiteDeterminers.has(tokens[k]?.lower ?? '')) k++;
  for (let q = 0; q <= MAX_FRAME_QUALIFIERS; q++) {
    const at = k + q;
    const t = tokens[at - 1];
    if (q > 0 && (!t || t.type !== 'word' || t.cap || ctx.quoted[at - 1])) return false;
    const noun = pack.opinionFrameNouns.matchAt(tokens, at);
    if (noun === 0 || ctx.quoted[at]) continue;
    if (pack.data.opinionFrameLinks.length === 0) return true;
    return pack.opinionFrameLinks.has(tokens[at + noun]?.lower ?? '');
  }
  return false;
}

/** "For political analyst Ana Ruiz, ...": a person of a judging trade up to the comma; or any
 * person when a noun of judging follows the comma ("For Aisha Bello, the answer is ..."). */
function opinionHolder(
  ctx: SentenceContext,
  from: number,
  comma: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  let trade = false;
  for (let k = from; k < comma && !trade; k++) trade = pack.opinionTrades.matchAt(tokens, k) > 0;
  if (!trade && !judgedAfter(ctx, comma)) return null;
  const span = { start: from, end: comma };
  const found = classify(ctx, span);
  return found && PERSON_KINDS.has(found.kind) ? { span, source: found } : null;
}

export const openingBasis: Rule = {
  id: 'opening-basis',
  find(ctx: SentenceContext): Candidate[] {
    const { tokens, pack } = ctx;
    const opens = tokens[0]?.cap && !ctx.quoted[0];
    const opinion = opens ? pack.opinionOpeners.matchAt(tokens, 0) : 0;
    let len = opens ? pack.openingBases.matchAt(tokens, 0) || opinion : 0;
    // "Keterangan saksi, ...", "Pengakuan sejumlah warga, ...": the noun of saying opens the
    // sentence by itself; as after "Dari", only people after it are its source. Only where a
    // comma may stand for "that" ("Fears among residents, already high, grew" is a subject).
    const commaThat = pack.data.stanceClauseAfterComma;
    const bare = len === 0 && opens && commaThat ? pack.claimNouns.matchAt(tokens, 0) : 0;
    if (bare > 0) len = bare;
    if (len === 0) return [];
    // "Dari data BPS diketahui ...": a passive of finding out closes it as a comma would.
    const passive =
      bare === 0 && opinion !== len
        ? tokens.findIndex((t, k) => k > len && !ctx.quoted[k] && pack.basisPassives.has(t.lower))
        : -1;
    const firstComma = tokens.findIndex((t, k) => k >= len && t.text === ',');
    const closed = passive > 0 && (firstComma < 0 || passive < firstComma);
    const comma = closed ? passive : firstComma;
    if (comma <= len || comma - len > MAX_BASIS_WORDS) return [];
    if (tokens.slice(len, comma).some((t, k) => t.type !== 'word' || ctx.quoted[len + k]))
      return [];
    // "Keterangan saksi, yang ..., menguatkan ...": a relative clause makes it a subject; "In
    // the 2012 book X, which ..., the author weaves ...": a setting described, no basis.
    const next = tokens[comma + 1]?.lower ?? '';
    if ((bare > 0 && pack.relativePronouns.has(next)) || pack.thingRelatives.has(next)) return [];
    const found =
      bare > 0
        ? speakerAfterNoun(ctx, 0, comma)
        : opinion === len
          ? opinionHolder(ctx, len, comma)
          : basisSource(ctx, len, comma, closed);
    if (!found) return [];
    const c: Candidate = {
      rule: this.id,
      cue: tokensText(ctx, 0, len),
      cueSpan: { start: 0, end: len },
      source: found.source,
      sourceSpan: found.span,
      rank: 2,
    };
    // The passive only says it was found out; the claim follows it.
    if (!closed) return [c];
    return [{ ...c, claim: claimText(ctx, { ...c, cueSpan: { start: 0, end: comma + 1 } }) }];
  },
};
