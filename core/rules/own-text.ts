/**
 * "This post explains why ...", "This chapter describes ...": the page speaking of itself is
 * the author's own voice, no source reported.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';

/** The source phrase is a pointing word and a noun for the page's own text, nothing more. */
export function ownText(ctx: SentenceContext, span: Span): boolean {
  const { tokens, pack } = ctx;
  if (span.end - span.start !== 2) return false;
  return (
    pack.ownTextPointers.has(tokens[span.start]?.lower ?? '') &&
    pack.ownTextNouns.has(tokens[span.start + 1]?.lower ?? '')
  );
}
