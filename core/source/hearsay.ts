/** "Menurut informasi yang dihimpun dari warga": who a piece of information came from. */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import type { FoundSource, Span } from './types';

/** Words a hearsay noun's description may take before its link ("yang dihimpun Kompas"). */
const MAX_HEARSAY_WORDS = 4;

/** "informasi yang dihimpun dari warga": a noun for what was learned at token `from`, then
 * plain words up to the link to whom it came from; the link's index, else 0. */
export function hearsayLink(ctx: SentenceContext, from: number): number {
  const { tokens, pack, quoted } = ctx;
  if (pack.hearsayNouns.matchAt(tokens, from) !== 1) return 0;
  for (let k = from + 1; k <= from + 1 + MAX_HEARSAY_WORDS && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || quoted[k]) return 0;
    if (pack.hearsayLinks.has(t.lower)) return k;
  }
  return 0;
}

/** "Informasi yang dihimpun dari warga menyebutkan ...": a subject that is information heard
 * from someone; that someone speaks (not the information, read as an anonymous source). Null
 * when the words after the link name no one, or only a document. */
export function hearsaySpeaker(
  ctx: SentenceContext,
  span: Span,
): { span: Span; source: FoundSource } | null {
  const link = hearsayLink(ctx, span.start);
  if (link === 0 || link + 1 >= span.end) return null;
  const inner = { start: link + 1, end: span.end };
  const source = classify(ctx, inner);
  if (!source || source.kind === 'document' || source.kind === 'unattributed') return null;
  return { span: inner, source };
}
