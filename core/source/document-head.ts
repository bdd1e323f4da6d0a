/** Which lexicon word heads a source phrase when a document word and people words meet. */
import type { SentenceContext } from '../context';
import type { Hit } from './lexicon';
import type { Span } from './types';

/**
 * "Data korban banjir", "Data terbaru pengungsi": where modifiers follow the noun, a document
 * word opening the phrase is its head, and a people word right after it (one word between at
 * most) is whom the document counts, no source of its own.
 */
export function peopleAfterOpeningDocument(
  ctx: SentenceContext,
  span: Span,
  hits: readonly Hit[],
  h: Hit,
): boolean {
  if (!ctx.pack.data.adjectivesAfterNoun || h.table !== 'anonymous') return false;
  const opening = hits.find((o) => o.at === span.start);
  if (opening?.table !== 'documents') return false;
  const end = opening.at + opening.len;
  return h.at >= end && h.at <= end + 1;
}
