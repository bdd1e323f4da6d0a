/**
 * 'A report titled "Global Prospects" said', "Laporan Bank Dunia bertajuk Indonesia Economic
 * Prospects memproyeksikan ...": a title right before the verb, after its marker, names the
 * work written before the marker; that work, with its title, is the source phrase (the
 * title's capitals are no person's name).
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';
import type { Span } from './types';

/** Tokens of a title, its quotation marks included. */
const MAX_TITLE_TOKENS = 12;

/** The phrase of the titled work ending at token `j`, or null when no title ends there. */
export function titledWorkLeft(ctx: SentenceContext, j: number): Span | null {
  const { tokens, pack } = ctx;
  for (let m = j - 1; m >= 1 && j - m <= MAX_TITLE_TOKENS; m--) {
    const t = tokens[m];
    if (!t) return null;
    if (!ctx.quoted[m] && t.type === 'word' && pack.titleMarkers.has(t.lower)) {
      // The title opens with a capital or a quotation mark.
      const first = tokens[m + 1];
      if (!first || !(first.type === 'quote' || first.cap)) return null;
      const start = collectLeft(ctx, m - 1);
      return start <= m - 1 ? { start, end: j + 1 } : null;
    }
    // A title holds words and quotation marks only ("Bumi: ..." aside); a comma ends it.
    if (t.type !== 'word' && t.type !== 'quote' && !ctx.quoted[m]) return null;
  }
  return null;
}
