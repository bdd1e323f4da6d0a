/**
 * "... lost the vote in the city, which she called, says she will stay": a phrase right after
 * a preposition inside a clause (a word before the preposition), carrying its own relative
 * clause between commas, is that preposition's object, and a speaker is never one; the
 * verb's subject stands further back. A preposition opening the sentence or a clause ("In
 * the city officials said") leaves the phrase after it alone.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { placeAfterComma } from '../source/place-parts';
import { PERSON_KINDS } from '../source-kind-groups';

/** The comma opening a relative clause inside the span ("the city, which ..."), or -1. */
function relativeAsideAt(ctx: SentenceContext, span: Span): number {
  const { tokens, pack } = ctx;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (tokens[k]?.text !== ',' || ctx.quoted[k]) continue;
    const next = tokens[k + 1]?.lower ?? '';
    if (pack.clauseRelatives.has(next) && next !== 'that') return k;
  }
  return -1;
}

function relativeAside(ctx: SentenceContext, span: Span): boolean {
  return relativeAsideAt(ctx, span) >= 0;
}

type Found = { span: Span; source: FoundSource };
type Before = (ctx: SentenceContext, at: number) => Found | null;

/**
 * "..., Dr Ana Roe, a hydrologist at the University of Leeds, who was not involved in the
 * study, told ...": the preposition's object carries a person's relative ("who"), which
 * describes the person further back (also after a part of a place: "at X in Santa Monica,
 * California, who ..."); the speaker is the phrase up to the relative's comma,
 * read as if the verb stood there. (A thing's relative, "which", leaves no such person.)
 */
function speakerBeforeObject(ctx: SentenceContext, span: Span, before: Before): Found | null {
  const comma = relativeAsideAt(ctx, span);
  if (comma < 0 || !ctx.pack.relativePronouns.has(ctx.tokens[comma + 1]?.lower ?? '')) return null;
  // The head is a place: a preposition's object, or a part of a place after a comma ("in Santa
  // Monica, California, who ...").
  const prep = ctx.tokens[span.start - 1];
  const placed = prep?.type === 'word' && ctx.pack.locatives.has(prep.lower);
  const part =
    ctx.tokens[span.start - 1]?.text === ',' && placeAfterComma(ctx, span.start - 1, comma);
  if (!placed && !part) return null;
  const found = before(ctx, comma + 1);
  if (!found || !PERSON_KINDS.has(found.source.kind)) return null;
  return found.span.start < span.start && found.span.end <= comma ? found : null;
}

export function prepositionObject(ctx: SentenceContext, span: Span): boolean {
  const { tokens, quoted, pack } = ctx;
  const prep = span.start - 1;
  const p = tokens[prep];
  if (p?.type !== 'word' || quoted[prep] || !pack.locatives.has(p.lower)) return false;
  const before = tokens[prep - 1];
  return before?.type === 'word' && !quoted[prep - 1] && relativeAside(ctx, span);
}

/** The speaker found, or the person before it when it is a place with a person's relative. */
export function personBeforePlace(ctx: SentenceContext, found: Found | null, before: Before) {
  return (found && speakerBeforeObject(ctx, found.span, before)) ?? found;
}
