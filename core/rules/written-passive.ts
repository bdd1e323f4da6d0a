/**
 * "Dalam surat itu disebutkan bahwa ...", "Di dalam beleid itu tertulis bahwa ...", "tertera
 * keterangan bahwa ...": a passive of being written or told, with no agent, whose clause
 * after the complementizer is the claim. The source is the document named right after the
 * verb, or else the last document named before it in the sentence; with none, no claim
 * (who revealed it is not said).
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';
import { documentSource } from './document-subject';

/** The document phrase in tokens [i, end). */
function documentAt(
  ctx: SentenceContext,
  i: number,
  end: number,
): { span: Span; source: FoundSource } {
  const span = { start: i, end };
  const found = classify(ctx, span);
  // "Dalam laporan KCNA, disebutkan ...": an outlet's own report is the outlet speaking.
  const outletReport = (found?.basis ?? '').startsWith('outlet-document');
  if (found && (found.kind === 'document' || outletReport)) return { span, source: found };
  const text = tokensText(ctx, i, end);
  return {
    span,
    source: documentSource(text),
  };
}

/** The last document noun (or thing written on) before the verb, outside quotations, with the words describing
 * it up to the verb or a punctuation mark ("surat edaran itu", "hasil otopsi"). */
function documentBefore(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  for (let i = verb - 1; i >= 0; i--) {
    if (ctx.quoted[i] || ctx.tokens[i]?.type !== 'word') continue;
    // "Pada kertas pertama, tertulis ...": a thing written on is the document there.
    const { documents, writingSurfaces } = ctx.pack;
    if (!documents.matchAt(ctx.tokens, i, verb) && !writingSurfaces.matchAt(ctx.tokens, i, verb))
      continue;
    let end = i + 1;
    // "Dalam laporan itu juga disebutkan": the adverb is no part of the document's phrase.
    while (
      end < verb &&
      ctx.tokens[end]?.type === 'word' &&
      ctx.pack.adverbs.matchAt(ctx.tokens, end, verb) === 0
    )
      end++;
    return documentAt(ctx, i, end);
  }
  return null;
}

/** A document (or thing written on) the sentence opens with after its preposition, a
 * connective aside ("Sedangkan di kertas kedua yang ..., tertulis ..."): the one written in,
 * not one named later in its description ("lebih besar dari kertas pertama"). Its phrase
 * stops at a relative or a punctuation mark. */
function openingDocument(
  ctx: SentenceContext,
  verb: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  let i = pack.openers.matchAt(tokens, 0);
  if (!pack.stopwords.has(tokens[i]?.lower ?? '') || ctx.quoted[i]) return null;
  i++;
  const len = Math.max(
    pack.documents.matchAt(tokens, i, verb),
    pack.writingSurfaces.matchAt(tokens, i, verb),
  );
  if (len === 0) return null;
  let end = i + len;
  while (
    end < verb &&
    tokens[end]?.type === 'word' &&
    !pack.relativePronouns.has(tokens[end]?.lower ?? '') &&
    pack.adverbs.matchAt(tokens, end, verb) === 0
  )
    end++;
  return documentAt(ctx, i, end);
}

/** A document phrase after a preposition of where something is written ("dalam laporan
 * tersebut"), up to a punctuation mark, a complementizer or a relative. */
function framedDocumentAfter(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const opener = pack.documentFrameOpeners.matchAt(tokens, at);
  if (opener === 0) return null;
  const i = at + opener;
  const len = pack.documents.matchAt(tokens, i);
  if (len === 0 || ctx.quoted[i]) return null;
  let end = i + len;
  while (
    tokens[end]?.type === 'word' &&
    !ctx.quoted[end] &&
    !pack.complementizers.has(tokens[end]?.lower ?? '') &&
    !pack.relativePronouns.has(tokens[end]?.lower ?? '') &&
    pack.adverbs.matchAt(tokens, end) === 0
  )
    end++;
  return documentAt(ctx, i, end);
}

export const writtenPassive: Rule = {
  id: 'written-passive',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { pack, tokens } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.writtenPassives, { lowerOnly: true })) {
      let next = at + len;
      // "Dalam surat itu disebutkan pula, ...": an adverb after the verb.
      for (
        let adv = pack.adverbs.matchAt(tokens, next);
        adv > 0;
        adv = pack.adverbs.matchAt(tokens, next)
      )
        next += adv;
      const docLen = pack.documents.matchAt(tokens, next);
      let after = docLen > 0 ? documentAt(ctx, next, next + docLen) : null;
      next += docLen;
      // "Disebutkan dalam laporan itu, ...", "Disebutkan pula dalam surat dakwaan bahwa ...":
      // the document the words were written in, after the verb with its preposition.
      const framed = docLen === 0 ? framedDocumentAfter(ctx, next) : null;
      if (framed) {
        after = framed;
        next = framed.span.end;
      }
      // "disebutkan bahwa ...", or a comma standing for it ("Dalam surat itu disebutkan, ...");
      // with the document before and a comma before the verb, the clause may follow at once
      // ("Dalam surat edaran itu, disebutkan sekolah diliburkan").
      const that = pack.complementizers.has(tokens[next]?.lower ?? '');
      const comma = tokens[next]?.text === ',' && pack.data.stanceClauseAfterComma;
      const opened = docLen === 0 && tokens[at - 1]?.text === ',' && tokens[next]?.type === 'word';
      // "dalam keterangan tertulis, menegaskan": the verb's word is part of a document's name.
      const named = pack.documents.matchAt(tokens, at - 1) >= 2;
      if (!that && (named || (!comma && !opened))) continue;
      const found = after ?? openingDocument(ctx, at) ?? documentBefore(ctx, at);
      if (!found) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, that ? next + 1 : next),
        cueSpan: { start: at, end: that ? next + 1 : next },
        source: found.source,
        sourceSpan: found.span,
        rank: 2,
      });
    }
    return out;
  },
};
