/** "PMK 32 Tahun 2025 menyebutkan", "Perpres Nomor 12 Tahun 2024 menyatakan": a name cited
 * with a regulation's number and year is that regulation, a document, whatever its
 * abbreviation would say alone (the same letters may name a ministry). */
import type { SentenceContext } from '../../context';
import type { Analysis } from '../analysis';
import type { Stage } from './types';

const NUMBER = /^\d/;
const YEAR = /^(?:19|20)\d\d$/;

/** Does a regulation's number start at token i ("Nomor 12 Tahun 2024", "32 Tahun 2025",
 * "No 146/PMK.010/2017")? A number alone ("SD Nomor 5", an age) is not one. */
export function regulationNumberAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  let at = i;
  const marked = pack.regulationNumberWords.has(tokens[at]?.lower ?? '');
  if (marked) at += tokens[at + 1]?.text === '.' ? 2 : 1;
  if (!NUMBER.test(tokens[at]?.text ?? '')) return false;
  if (marked && tokens[at + 1]?.text === '/') return true;
  return (
    pack.regulationYearWords.has(tokens[at + 1]?.lower ?? '') &&
    YEAR.test(tokens[at + 2]?.text ?? '')
  );
}

export const regulationNumber: Stage = {
  id: 'regulation-number',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const head = ctx.tokens[span.start];
    if (!head?.cap || a.words.length > 2) return null;
    // The number may be in the span ("Perpres Nomor") or right after it.
    for (let i = span.start + 1; i <= span.end; i++)
      if (regulationNumberAt(ctx, i)) return a.found('document', 'regulation-number');
    return null;
  },
};
