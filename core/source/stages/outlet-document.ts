/** "Hasil Survei Tempo": an outlet's survey or poll, named before the outlet, is a named
 * document. An outlet's own journalism ("laporan BBC", "a report by Reuters") is that outlet
 * speaking: media, or state media when the outlet is state-controlled ("laporan KCNA"). */
import type { SentenceContext } from '../../context';
import { isStateControlled, type OutletMention } from '../../outlets';
import type { Analysis } from '../analysis';
import { outletIn, tokensText } from '../tokens';
import type { FoundSource, Span } from '../types';
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

/** "Footage broadcast by state TV", "a commentary in official media": what generic state
 * media published, with no outlet named, is state media too. */
function genericStateMedia(ctx: SentenceContext, span: Span, hit: DocumentHit): FoundSource | null {
  const at = hit.at + hit.len;
  if (!ctx.pack.stateMedia.find(ctx.tokens, at, span.end)) return null;
  return {
    text: tokensText(ctx, span.start, span.end),
    kind: 'state_media',
    name: null,
    role: null,
    outlet: null,
    resolvesTo: null,
    reasons: [],
    basis: 'outlet-document/generic-state-media',
  };
}

/** The outlet as the source of its own report or of anything a state outlet publishes; null
 * when the document is not an outlet's, or is an outlet's survey, poll or data. */
export function outletReportSource(
  ctx: SentenceContext,
  span: Span,
  hit: DocumentHit,
): FoundSource | null {
  const mention = outletAfter(ctx, span, hit);
  if (!mention) return genericStateMedia(ctx, span, hit);
  if (isStateControlled(mention.outlet))
    return outletSource(ctx, span, mention, 'outlet-document/state-media');
  const word = ctx.tokens
    .slice(hit.at, hit.at + hit.len)
    .map((t) => t.lower)
    .join(' ');
  if (!ctx.pack.outletReports.has(word)) return null;
  return outletSource(ctx, span, mention, 'outlet-document/news-report');
}

export const outletDocument: Stage = {
  id: 'outlet-document',
  decide(a: Analysis) {
    const hit = a.hits().find((h) => h.table === 'documents');
    if (!hit) return null;
    const mention = outletAfter(a.ctx, a.span, hit);
    if (!mention) return null;
    return (
      outletReportSource(a.ctx, a.span, hit) ??
      a.found('document', 'outlet-document', { outlet: mention.outlet.id })
    );
  },
};
