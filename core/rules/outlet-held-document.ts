/** A document phrase around an outlet read as a verb's subject: the outlet saw or carried the
 * document, which is what speaks (split from util.ts, which was past 400 lines). */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { pastParticiple } from '../source/tokens';
import { documentSubject } from './document-subject';

/**
 * "A draft seen by Reuters said", "an email obtained by the Herald warned": an outlet read as
 * the subject sits inside a document's phrase (the agent of its participle); the document is
 * what speaks. The document's subject, or null.
 */
export function documentAroundOutlet(
  ctx: SentenceContext,
  verb: number,
  span: Span,
  source: FoundSource,
): { span: Span; source: FoundSource } | null {
  if (source.kind !== 'media' && source.kind !== 'state_media') return null;
  const { tokens, pack } = ctx;
  // The agent of a participle ("seen by"), not of a relay ("carried by KCNA": the outlet
  // published the words and speaks), nor of a document's noun ("an article by").
  const by = span.start - 1;
  const participle = tokens[by - 1];
  if (!pack.agentMarkers.has(tokens[by]?.lower ?? '')) return documentPublishedIn(ctx, verb, span);
  if (!participle || participle.cap) return null;
  if (pack.relays.matchAt(tokens, by - 1) > 0 || pack.documents.matchAt(tokens, by - 1) > 0)
    return null;
  const doc = documentSubject(ctx, verb);
  if (!doc || doc.source.kind !== 'document') return null;
  return doc.span.start < span.start && doc.span.end >= span.end ? doc : null;
}

/** Time words a participle may take before its place ("published today in"). */
const MAX_PLACED_TIME = 2;

/**
 * "A study published today in the Lakeside Journal estimated ...": the outlet is where the
 * document came out, after its participle and a place's preposition; the document speaks.
 * The document's subject, or null.
 */
function documentPublishedIn(
  ctx: SentenceContext,
  verb: number,
  span: Span,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  let k = span.start - 1;
  if (!pack.locatives.has(tokens[k]?.lower ?? '')) return null;
  k--;
  for (let n = 0; n < MAX_PLACED_TIME && pack.timeWords.has(tokens[k]?.lower ?? ''); n++) k--;
  if (!pastParticiple(pack, tokens[k])) return null;
  const doc = documentSubject(ctx, verb);
  if (!doc || doc.source.kind !== 'document') return null;
  return doc.span.start < k && doc.span.end >= span.end ? doc : null;
}
