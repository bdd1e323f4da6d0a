/**
 * "Polisi mengimbau warga melapor ...", "meminta agar saksi menjelaskan ...": the people
 * right after a verb of asking or urging (or "agar") are asked to do what the next verb says.
 * Where no infinitive marker shows it, that verb is no report of theirs.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import type { Token } from '../text';

/** The source phrase `span` opens right after a directive marker, outside quotations. */
export function directedSubject(ctx: SentenceContext, span: Span): boolean {
  const { pack, tokens } = ctx;
  // "meminta kedua saksi", "mengimbau 20 warga": a count before the people found.
  let start = span.start;
  const count = (t: Token | undefined) =>
    t?.type === 'word' && (pack.determiners.has(t.lower) || pack.numberWords.has(t.lower));
  while (start > 0 && !ctx.quoted[start - 1] && count(tokens[start - 1])) start--;
  for (let k = start - 1; k >= 0 && start - k <= pack.directiveMarkers.longest; k--) {
    if (ctx.quoted[k] || tokens[k]?.type !== 'word') return false;
    if (pack.directiveMarkers.matchAt(tokens, k, start) === start - k) return true;
  }
  return false;
}
