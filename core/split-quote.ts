/**
 * '"We will not leave," she said, "until they pay."': one quotation split by its speaker. The
 * first part closes with a comma, the second opens in lower case, and only the speaker, the
 * cue, a listener and commas stand between: the claim is both parts (core/claim.ts).
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import type { Span } from './source';

/** The quotations of `range` as token ranges, in order, leaving out one inside the source. */
function quoteRuns(ctx: SentenceContext, range: Span, source: Span | null): Span[] {
  const runs: Span[] = [];
  let runStart = -1;
  for (let i = range.start; i <= range.end; i++) {
    const inSource = source !== null && i >= source.start && i < source.end;
    const inside = i < range.end && ctx.quoted[i] && !inSource;
    if (inside && runStart < 0) runStart = i;
    if (!inside && runStart >= 0) {
      runs.push({ start: runStart, end: i });
      runStart = -1;
    }
  }
  return runs;
}

/** The two parts of a quotation split by its speaker (the first up to its comma), or null. */
export function splitQuote(
  ctx: SentenceContext,
  range: Span,
  c: Candidate,
): { head: Span; tail: Span } | null {
  const runs = quoteRuns(ctx, range, c.sourceSpan);
  if (runs.length !== 2) return null;
  const [first, second] = runs as [Span, Span];
  if (c.cueSpan.start < first.end || c.cueSpan.end > second.start) return null;
  const { tokens } = ctx;
  const framing = (i: number) =>
    tokens[i]?.text === ',' ||
    [c.cueSpan, c.sourceSpan, c.addresseeSpan].some((s) => s != null && i >= s.start && i < s.end);
  for (let i = first.end; i < second.start; i++) if (!framing(i)) return null;
  let comma = first.end - 1;
  while (comma > first.start && tokens[comma]?.type === 'quote') comma--;
  let opening = second.start;
  while (opening < second.end && tokens[opening]?.type === 'quote') opening++;
  const word = tokens[opening];
  if (tokens[comma]?.text !== ',' || word?.type !== 'word' || word.cap) return null;
  return { head: { start: first.start, end: comma + 1 }, tail: second };
}
