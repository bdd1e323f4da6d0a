/**
 * "A report on the levee by the audit office said", "A study of river fish published last
 * year by researchers including Ada Lind said": the phrase found right before the verb hangs
 * on a document opening the clause (its topic, its author, what it was made of); the
 * document speaks, not the people or thing named inside it.
 */
import type { SentenceContext } from '../context';
import { classify, pastParticiple, type FoundSource, type Span } from '../source';
import { tokensText } from './util';

/** Words between a document's noun and the phrase found ("on the dam authored last year by"). */
const MAX_LINK_TOKENS = 10;
/** Words opening the document's phrase before its noun ("A new 40-page"). */
const MAX_OPENING_WORDS = 4;

/** A word linking a document to what follows it: its topic, author, matter or addressee. */
function linkWord(ctx: SentenceContext, k: number): boolean {
  const { pack, tokens } = ctx;
  const t = tokens[k];
  if (!t || t.type !== 'word' || t.cap) return false;
  return (
    pack.documentTopics.has(t.lower) ||
    pack.authorMarkers.has(t.lower) ||
    pack.claimNounLinks.has(t.lower) ||
    pack.clauseParticiples.has(t.lower) ||
    pastParticiple(pack, t) ||
    // "A statement sent to reporters said": whom the document went to, after its participle.
    (pack.addressees.has(t.lower) && pastParticiple(pack, tokens[k - 1]))
  );
}

/** A capitalised word or a figure of a document's title, or an owner's possessive name. */
function titleWord(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.type === 'word' && !ctx.quoted[k] && (t.cap || /^\d/u.test(t.text));
}

/**
 * "A statement by an unnamed official", "a letter from a source close to the talks": words a
 * source speaks in (an occasion's noun), the author right after it with no name, rest on that
 * unnamed person as much as "the official said" does, so the author stays the source and the
 * claim keeps its unnamed-source flag. Studies by researchers, and statements by a body or a
 * firm, stay documents.
 */
function unnamedAuthor(
  ctx: SentenceContext,
  found: { span: Span; source: FoundSource },
  doc: number,
  len: number,
): boolean {
  const { tokens, pack } = ctx;
  const link = found.span.start - 1;
  if (doc + len !== link || !pack.authorMarkers.has(tokens[link]?.lower ?? '')) return false;
  if (pack.occasionNouns.matchAt(tokens, doc, doc + len) !== len) return false;
  const { kind } = found.source;
  if (kind === 'unnamed_official') return true;
  return (
    kind === 'anonymous' && pack.sourceNouns.find(tokens, found.span.start, found.span.end) !== null
  );
}

export function documentOwner(
  ctx: SentenceContext,
  found: { span: Span; source: FoundSource },
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const { span } = found;
  // "the statement carried by the official news agency": the outlet that carried it speaks.
  if (found.source.kind === 'media' || found.source.kind === 'state_media') return null;
  if (!linkWord(ctx, span.start - 1)) return null;
  for (let d = span.start - 2; d >= 0 && span.start - d <= MAX_LINK_TOKENS; d--) {
    const t = tokens[d];
    if (!t || t.type !== 'word' || ctx.quoted[d]) return null;
    const len = pack.documents.matchAt(tokens, d, span.start);
    if (len === 0 || !linkWord(ctx, d + len)) continue;
    // The document opens its clause: back to its determiner, over a title's capitals and
    // figures ("A 2017 Harbour Safety Report"), then nothing or punctuation.
    let start = d;
    while (start > 0 && d - start < MAX_OPENING_WORDS && titleWord(ctx, start - 1)) start--;
    if (pack.determiners.has(tokens[start - 1]?.lower ?? '')) start--;
    if (tokens[start - 1]?.type === 'word' || ctx.quoted[start]) return null;
    const whole = { start, end: span.end };
    const text = tokensText(ctx, whole.start, whole.end);
    if (unnamedAuthor(ctx, found, d, len))
      return {
        span: whole,
        source: { ...found.source, text, basis: 'rule:document-owner/unnamed-author' },
      };
    const doc = classify(ctx, { start, end: d + len });
    const kind = doc?.kind;
    if (!doc || (kind !== 'document' && kind !== 'media' && kind !== 'state_media')) return null;
    return { span: whole, source: { ...doc, text } };
  }
  return null;
}
