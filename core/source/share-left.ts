/**
 * "26 percent said ...", "More than six in 10 say ...", "with three in 10 saying ...": a share
 * of respondents standing alone as the subject, a poll's answer given by the people it
 * counted. The phrase found before a verb (find-before.ts) and its kind (stages/share-alone).
 */
import type { SentenceContext } from '../context';
import { approximatedLeft } from './counted-people';
import { isWord, NUMBER } from './tokens';
import type { Span } from './types';

/** Token i is a figure: digits or a number in words, a hyphened compound read part by part
 * ("twenty-four"). */
function figureAt(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!isWord(t) || ctx.quoted[i]) return false;
  if (NUMBER.test(t.text)) return true;
  return t.lower.split('-').every((part) => ctx.pack.numberWords.has(part));
}

/** The longest phrase of `table` ending right at token `end` (exclusive), as its length. */
function endingAt(ctx: SentenceContext, table: 'shareUnits' | 'shareLinks', end: number): number {
  for (let len = 2; len >= 1; len--)
    if (end - len >= 0 && ctx.pack[table].matchAt(ctx.tokens, end - len, end) === len) return len;
  return 0;
}

/** Where a share ending at token `last` (inclusive) starts, with a bound or estimate before
 * it ("More than", "About"); -1 when the words there are no share. */
export function shareStart(ctx: SentenceContext, last: number): number {
  let start = -1;
  const unit = endingAt(ctx, 'shareUnits', last + 1);
  if (unit > 0 && figureAt(ctx, last - unit)) start = last - unit;
  else if (figureAt(ctx, last)) {
    // "six in 10", "two out of three"
    const link = endingAt(ctx, 'shareLinks', last);
    if (link > 0 && figureAt(ctx, last - link - 1)) start = last - link - 1;
  }
  // A number of several words ("empat puluh persen") starts at its first.
  while (start > 0 && figureAt(ctx, start - 1)) start--;
  return start < 0 ? -1 : approximatedLeft(ctx, start);
}

/** The span is one share, nothing else. */
export function isShareAlone(ctx: SentenceContext, span: Span): boolean {
  return span.end > span.start && shareStart(ctx, span.end - 1) === span.start;
}

/** The share ending right at token `last`, as the source's span, or null. */
export function shareBefore(ctx: SentenceContext, last: number): Span | null {
  const start = shareStart(ctx, last);
  return start < 0 ? null : { start, end: last + 1 };
}
