/**
 * A document and the words that say how it came out: "figures released last week by the
 * board", "a report published on Monday", "The 2021 report by the bank warned". Helpers of the
 * rules that take a document as the source (according-to, carriers, speaker-verb).
 */
import type { SentenceContext } from '../context';
import { classify, pastParticiple, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import { tokensText } from './util';
import { documentSubject } from './document-subject';

/** Longest document phrase heading "... by X" (in words). */
const MAX_DOCUMENT_WORDS = 3;

/** "The 2021 report by the bank warned ...", "A blog post from the lab says ...": the phrase
 * right before the verb is the author of the document heading the subject, which is the
 * source. Not where the document was only carried ("the statement carried by KCNA said"). */
/** Words between a document and "by": a participle and a short time ("released last week"). */
const MAX_ISSUED_WORDS = 4;

/** A past participle by its form ("published", "released") or an irregular one ("taken"). */
function participleAt(ctx: SentenceContext, k: number): boolean {
  return !ctx.quoted[k] && pastParticiple(ctx.pack, ctx.tokens[k]);
}

/** A participle or a time word between a document and its author ("released last week"). */
function issuedAt(ctx: SentenceContext, k: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[k];
  if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
  // "released on Sunday by": a small time word only before a day or a date.
  if (pack.stopwords.has(t.lower)) {
    const next = tokens[k + 1];
    if (!pack.timeWords.has(t.lower) || !next || next.type !== 'word') return false;
    return (
      /^\d/.test(next.text) || (pack.timeWords.has(next.lower) && !pack.stopwords.has(next.lower))
    );
  }
  // "carried live by": how a broadcast carried it.
  return pack.timeWords.has(t.lower) || participleAt(ctx, k) || pack.broadcastManners.has(t.lower);
}

/**
 * "figures released last week by the board": from token `from` right after a document, a
 * participle (and a short time) before an author marker. Returns the marker's index, or
 * `from` when no such words stand there.
 */
export function authorMarkerAfter(ctx: SentenceContext, from: number): number {
  if (!participleAt(ctx, from)) return from;
  let k = from + 1;
  k += ctx.pack.relativeTimes.matchAt(ctx.tokens, k);
  while (k - from < MAX_ISSUED_WORDS && issuedAt(ctx, k)) k++;
  return ctx.pack.authorMarkers.has(ctx.tokens[k]?.lower ?? '') ? k : from;
}

/** Words a participle phrase describing a document may run to ("published last year"). */
const MAX_ISSUED_PHRASE_WORDS = 8;

/**
 * "according to a report published on Monday by the harbour board, ...": a participle
 * phrase right after a document that runs to the end of its clause describes the document.
 * The end of that phrase, or `from` when none stands there. `claimBefore`: the claim stands
 * before the cue.
 */
export function issuedPhraseEnd(ctx: SentenceContext, from: number, claimBefore: boolean): number {
  const { tokens, pack } = ctx;
  if (!participleAt(ctx, from)) return from;
  let k = from + 1;
  while (k < tokens.length && k - from <= MAX_ISSUED_PHRASE_WORDS) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || t.type === 'quote') return from;
    if (t.type !== 'word') break;
    // "released by state media": a word of an outlet's phrase is no verb ("state").
    const outlet = Math.max(pack.stateMedia.matchAt(tokens, k), pack.media.matchAt(tokens, k));
    if (outlet > 0) {
      k += outlet;
      continue;
    }
    if (pack.cueWords.has(t.lower) || pack.complementizers.has(t.lower)) return from;
    k++;
  }
  // With the claim still to come, only a comma closes the phrase ("According to a report
  // published on Monday, ...").
  const end = tokens[k];
  if (!claimBefore) return end?.text === ',' ? k : from;
  return !end || /^[,.;:!?]$/.test(end.text) ? k : from;
}

/** Words of a document's topic phrase ("of the call with the premier"). */
const MAX_TOPIC_WORDS = 6;

/**
 * "according to a transcript of the call released by KCNA, ...": a phrase of what the
 * document is about, right after its noun, runs to a participle or to the clause's comma.
 * Its end, or `from` when none stands there.
 */
export function topicPhraseEnd(ctx: SentenceContext, from: number): number {
  const { tokens, pack } = ctx;
  if (ctx.quoted[from] || !pack.documentTopics.has(tokens[from]?.lower ?? '')) return from;
  for (let k = from + 1; k < tokens.length && k - from <= MAX_TOPIC_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || (k > from + 1 && participleAt(ctx, k))) return k;
    if (ctx.quoted[k] || t.type !== 'word') return from;
    if (pack.cueWords.has(t.lower) || pack.complementizers.has(t.lower)) return from;
  }
  return from;
}

export function authoredDocument(
  ctx: SentenceContext,
  at: number,
  author: Span,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const by = author.start - 1;
  if (author.end !== at || !pack.authorMarkers.has(tokens[by]?.lower ?? '')) return null;
  // "A report published Tuesday by the institute said": a participle and a time between
  // the document and its author.
  let end = by;
  while (end > 0 && by - end < MAX_ISSUED_WORDS && issuedAt(ctx, end - 1)) end--;
  // "the statement carried by the Daily Planet": an outlet that published or carried the
  // document is the source itself (the outlet stages say so), no author of it.
  const carrier = classify(ctx, author)?.kind;
  const outletAuthor = carrier === 'media' || carrier === 'state_media';
  const participle = end < by && participleAt(ctx, end) && !outletAuthor;
  for (const last of participle ? [by, end] : [by]) {
    for (let n = 1; n <= MAX_DOCUMENT_WORDS && last - n >= 0; n++) {
      if (pack.documents.matchAt(tokens, last - n, last) === n) return documentSubject(ctx, at);
    }
  }
  // "A report about the state of the ports issued last week by the board noted": what the
  // document is about may stand between its noun and the participle.
  if (!outletAuthor) {
    for (let doc = by - 3; doc > 0 && by - doc <= MAX_TOPIC_WORDS + MAX_ISSUED_WORDS; doc--) {
      const issued = topicPhraseEnd(ctx, doc);
      if (issued === doc || !participleAt(ctx, issued) || by - issued > MAX_ISSUED_WORDS) continue;
      let k = issued + 1;
      while (k < by && tokens[k]?.type === 'word' && !pack.cueWords.has(tokens[k]?.lower ?? ''))
        k++;
      if (k !== by) continue;
      for (let n = 1; n <= MAX_DOCUMENT_WORDS && doc - n >= 0; n++)
        if (pack.documents.matchAt(tokens, doc - n, doc) === n) return documentSubject(ctx, at);
    }
  }
  return null;
}

/**
 * "The lawsuit filed in federal court in Atlanta says ...", "a report released at the summit
 * warned": a document, a participle of how it came out, and where (the phrase found before the
 * verb, `place`). The place is no speaker; the document is the source.
 */
export function placedDocument(
  ctx: SentenceContext,
  place: Span,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  // "filed in federal court": describing words the phrase found left out.
  let prep = place.start - 1;
  const plain = (k: number) =>
    tokens[k]?.type === 'word' && !tokens[k]?.cap && !pack.stopwords.has(tokens[k]?.lower ?? '');
  while (prep > place.start - 3 && plain(prep)) prep--;
  if (ctx.quoted[prep] || !pack.locatives.has(tokens[prep]?.lower ?? '')) return null;
  let end = prep;
  while (end > 0 && prep - end < MAX_ISSUED_WORDS && issuedAt(ctx, end - 1)) end--;
  if (end === prep || !participleAt(ctx, end)) return null;
  for (let n = 1; n <= MAX_DOCUMENT_WORDS && end - n >= 0; n++) {
    if (pack.documents.matchAt(tokens, end - n, end) !== n) continue;
    let from = end - n;
    for (let k = 1; k <= 2 && end - n - k >= 0; k++)
      if (pack.determiners.has(tokens[end - n - k]?.lower ?? '')) from = end - n - k;
    const source = classify(ctx, { start: from, end });
    if (source?.kind !== 'document') return null;
    const span = { start: from, end: place.end };
    return { span, source: { ...source, text: tokensText(ctx, span.start, span.end) } };
  }
  return null;
}
