/** "Hasil Survei Tempo": an outlet's survey or poll, named before the outlet, is a named
 * document. An outlet's own journalism ("laporan BBC", "a report by Reuters") is that outlet
 * speaking: media, or state media when the outlet is state-controlled ("laporan KCNA"). */
import type { SentenceContext } from '../../context';
import { isStateControlled, type OutletMention } from '../../outlets';
import type { Analysis } from '../analysis';
import { lexiconHits } from '../lexicon';
import { outletIn, relativeClauseAt, tokensText } from '../tokens';
import { plainSource, type FoundSource, type Span } from '../types';
import { outletSource } from './outlet';
import type { Stage } from './types';

interface DocumentHit {
  at: number;
  len: number;
}

function outletAfter(ctx: SentenceContext, span: Span, hit: DocumentHit): OutletMention | null {
  const mention = outletIn(ctx, span);
  const hitEnd = ctx.tokens[hit.at + hit.len - 1]?.end ?? Number.POSITIVE_INFINITY;
  return mention && mention.start >= hitEnd ? mention : null;
}

/** "a report in the Harlow Gazette": a link word, an article (or a day's possessive), then capitals closed by a
 * masthead word run to the span's end - a newspaper the registry need not know. */
function mastheadAfter(ctx: SentenceContext, span: Span, hit: DocumentHit): boolean {
  const { tokens, pack } = ctx;
  const link = tokens[hit.at + hit.len];
  const article = tokens[hit.at + hit.len + 1];
  if (!link || !(pack.authorMarkers.has(link.lower) || pack.locatives.has(link.lower)))
    return false;
  // "a report in Monday's Harlow Gazette": a day's possessive stands for the article.
  const dated =
    article !== undefined && article.base !== article.lower && pack.timeWords.has(article.base);
  if (!article || !(pack.determiners.has(article.lower) || dated)) return false;
  const name = tokens.slice(hit.at + hit.len + 2, span.end);
  const last = name[name.length - 1];
  return last !== undefined && name.every((t) => t.cap) && pack.mastheads.has(last.lower);
}

/** "a Harlow Gazette report": capitals closed by a masthead word right before the report's
 * noun, after the phrase's article if any. */
function mastheadBefore(ctx: SentenceContext, span: Span, hit: DocumentHit): boolean {
  const { tokens, pack } = ctx;
  const from = pack.determiners.has(tokens[span.start]?.lower ?? '') ? span.start + 1 : span.start;
  const name = tokens.slice(from, hit.at);
  const last = name[name.length - 1];
  return last !== undefined && name.every((t) => t.cap) && pack.mastheads.has(last.lower);
}

/** "a report by the news site Tidewire", "a report in local media": a link word (not one
 * opening the report's topic), then a news medium's lower-case word and no institution's. */
function mediaWordAfter(ctx: SentenceContext, span: Span, hit: DocumentHit): boolean {
  const { tokens, pack } = ctx;
  const link = tokens[hit.at + hit.len]?.lower ?? '';
  if (pack.documentTopics.has(link)) return false;
  if (!pack.authorMarkers.has(link) && !pack.locatives.has(link)) return false;
  const hits = lexiconHits(ctx, { start: hit.at + hit.len + 1, end: span.end });
  const medium = hits.find((h) => h.table === 'media' && !tokens[h.at]?.cap);
  return (
    medium !== undefined && !hits.some((h) => h.table === 'organizations' || h.table === 'bodies')
  );
}

/** "Footage broadcast by state TV", "a commentary in official media": what generic state
 * media published, with no outlet named, is state media too. */
function genericStateMedia(ctx: SentenceContext, span: Span, hit: DocumentHit): FoundSource | null {
  const at = hit.at + hit.len;
  if (!ctx.pack.stateMedia.find(ctx.tokens, at, span.end)) return null;
  return plainSource(tokensText(ctx, span.start, span.end), 'state_media', {
    basis: 'outlet-document/generic-state-media',
  });
}

/** "The report, a copy of which was seen by Wirely, says", "The memo, which Wirely saw,
 * says": the outlet named in a relative clause about the document saw it; the document is
 * not the outlet's own. */
function seenInClause(ctx: SentenceContext, hit: DocumentHit, mention: OutletMention): boolean {
  const { tokens } = ctx;
  for (let k = hit.at + hit.len; k < tokens.length && (tokens[k]?.end ?? 0) <= mention.start; k++) {
    if (!ctx.quoted[k] && relativeClauseAt(ctx, k)) return true;
  }
  return false;
}

/** The outlet as the source of its own report or of anything a state outlet publishes; null
 * when the document is not an outlet's, or is an outlet's survey, poll or data. */
export function outletReportSource(
  ctx: SentenceContext,
  span: Span,
  hit: DocumentHit,
): FoundSource | null {
  const mention = outletAfter(ctx, span, hit);
  if (!mention) return genericStateMedia(ctx, span, hit) ?? newspaperReport(ctx, span, hit);
  if (seenInClause(ctx, hit, mention)) return null;
  if (isStateControlled(mention.outlet))
    return outletSource(ctx, span, mention, 'outlet-document/state-media');
  const word = ctx.tokens
    .slice(hit.at, hit.at + hit.len)
    .map((t) => t.lower)
    .join(' ');
  if (!ctx.pack.outletReports.has(word)) return null;
  return outletSource(ctx, span, mention, 'outlet-document/news-report');
}

/** An unregistered newspaper's own report (by its masthead word) is the paper speaking. */
function newspaperReport(ctx: SentenceContext, span: Span, hit: DocumentHit): FoundSource | null {
  const word = ctx.tokens
    .slice(hit.at, hit.at + hit.len)
    .map((t) => t.lower)
    .join(' ');
  if (!ctx.pack.outletReports.has(word)) return null;
  const by = mastheadAfter(ctx, span, hit) || mastheadBefore(ctx, span, hit);
  if (!by && !mediaWordAfter(ctx, span, hit)) return null;
  return plainSource(tokensText(ctx, span.start, span.end), 'media', {
    basis: by ? 'outlet-document/masthead' : 'outlet-document/media-word',
  });
}

/** "a Reuters/Ipsos poll", "the latest CNN survey": a survey or data a news outlet commissioned,
 * heading the phrase after the outlet's name, is a document (as "a Reuters poll found" is); the
 * outlet's own journalism ("a Reuters report") and anything a state outlet puts out stay the
 * outlet's, left to the outlet stage. */
function outletsOwnData(a: Analysis, hit: DocumentHit): FoundSource | null {
  const mention = outletIn(a.ctx, a.span);
  if (!mention || isStateControlled(mention.outlet)) return null;
  if (hit.at + hit.len !== a.span.end) return null;
  const hitStart = a.ctx.tokens[hit.at]?.start ?? 0;
  if (mention.end > hitStart) return null;
  // "Politico, which first reported the plan": a clause about the outlet ends in the noun;
  // the outlet's own phrase has no comma or relative pronoun before its survey.
  const { tokens, pack } = a.ctx;
  for (let k = a.span.start; k < hit.at; k++) {
    const t = tokens[k];
    if (!t || t.start < mention.end) continue;
    if (t.text === ',' || pack.relativePronouns.has(t.lower)) return null;
  }
  const word = a.ctx.tokens
    .slice(hit.at, hit.at + hit.len)
    .map((t) => t.lower)
    .join(' ');
  if (a.ctx.pack.outletReports.has(word)) return null;
  return a.found('document', 'outlet-document/outlet-data', { outlet: mention.outlet.id });
}

export const outletDocument: Stage = {
  id: 'outlet-document',
  decide(a: Analysis) {
    const hit = a.hits().find((h) => h.table === 'documents');
    if (!hit) return null;
    const mention = outletAfter(a.ctx, a.span, hit);
    if (!mention) return newspaperReport(a.ctx, a.span, hit) ?? outletsOwnData(a, hit);
    return (
      outletReportSource(a.ctx, a.span, hit) ??
      a.found('document', 'outlet-document', { outlet: mention.outlet.id })
    );
  },
};
