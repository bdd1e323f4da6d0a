/**
 * "according to the CDC", "Menurut media pemerintah, ...", and "based on X" /
 * "berdasarkan X", where X must be a document ("berdasarkan Undang-Undang" is a legal basis,
 * "berdasarkan laporan" a source).
 */
import type { SentenceContext } from '../context';
import { classify, sourceAfter, type FoundSource, type Span } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

/**
 * "menurut pengakuan tersangka", "menurut kesaksian warga": a noun of saying, then who said
 * it. The source is that speaker (a suspect, residents), not a document.
 */
function speakerAfterClaimNoun(ctx: SentenceContext, from: number): { span: Span; source: FoundSource } | null {
  const len = ctx.pack.claimNouns.matchAt(ctx.tokens, from);
  const span = len > 0 ? sourceAfter(ctx, from + len) : null;
  const source = span ? classify(ctx, span) : null;
  if (!span || !source || source.kind === 'document' || source.kind === 'unattributed') return null;
  return { span, source };
}

export const accordingTo: Rule = {
  id: 'according-to',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const add = (at: number, len: number, documentsOnly: boolean) => {
      const speaker = documentsOnly ? null : speakerAfterClaimNoun(ctx, at + len);
      const span = speaker?.span ?? sourceAfter(ctx, at + len);
      if (!span) return;
      const source = speaker?.source ?? classify(ctx, span);
      if (!source || (documentsOnly && source.kind !== 'document')) return;
      // "according to plan" is an idiom: a source is more than one bare common noun.
      const only = span.end - span.start === 1 ? ctx.tokens[span.start] : undefined;
      if (!documentsOnly && only && !only.cap && source.kind === 'document') return;
      out.push({ rule: this.id, cue: tokensText(ctx, at, at + len), cueSpan: { start: at, end: at + len }, source, sourceSpan: span, rank: 2 });
    };
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.accordingTo)) add(at, len, false);
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.basedOn)) add(at, len, true);
    return out;
  },
};
