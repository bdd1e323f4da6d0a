/**
 * "... lost the vote in the city, which she called, says she will stay": a phrase right after
 * a preposition inside a clause (a word before the preposition), carrying its own relative
 * clause between commas, is that preposition's object, and a speaker is never one; the
 * verb's subject stands further back. A preposition opening the sentence or a clause ("In
 * the city officials said") leaves the phrase after it alone.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';

/** Does the span hold a relative clause set off by a comma ("the city, which ...")? */
function relativeAside(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  for (let k = span.start + 1; k < span.end - 1; k++) {
    if (tokens[k]?.text !== ',' || ctx.quoted[k]) continue;
    const next = tokens[k + 1]?.lower ?? '';
    if (pack.clauseRelatives.has(next) && next !== 'that') return true;
  }
  return false;
}

export function prepositionObject(ctx: SentenceContext, span: Span): boolean {
  const { tokens, quoted, pack } = ctx;
  const prep = span.start - 1;
  const p = tokens[prep];
  if (p?.type !== 'word' || quoted[prep] || !pack.locatives.has(p.lower)) return false;
  const before = tokens[prep - 1];
  return before?.type === 'word' && !quoted[prep - 1] && relativeAside(ctx, span);
}
