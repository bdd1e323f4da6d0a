/**
 * The quotation as a claim: the longest one in a clause, its text, and whether it is only a
 * few words quoted inside a sentence the reporter worded (then it is part of the claim, not
 * all of it). Used by claim.ts.
 */
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import type { Span } from './source';
import { occasionOnly, timeOnly } from './claim-verb-tail';
import type { Token } from './text';
import { joinedOpening, QUOTE_MARKS, trimSet } from './claim-trim';

/** The longest quotation in `range` as a token range, leaving out one inside the source's
 * own phrase ('Lin Oda, who was called "the baron", said ...': a name for the speaker, not
 * the claim). */
export function longestQuote(ctx: SentenceContext, range: Span, source: Span | null): Span | null {
  let best: Span | null = null;
  let runStart = -1;
  const inSource = (i: number) => source !== null && i >= source.start && i < source.end;
  for (let i = range.start; i <= range.end; i++) {
    const inside = i < range.end && ctx.quoted[i] && !inSource(i);
    if (inside && runStart < 0) runStart = i;
    if (!inside && runStart >= 0) {
      if (!best || i - runStart > best.end - best.start) best = { start: runStart, end: i };
      runStart = -1;
    }
  }
  return best;
}

export function quoteText(ctx: SentenceContext, run: Span): string | null {
  const first = ctx.tokens[run.start] as Token;
  const last = ctx.tokens[run.end - 1] as Token;
  const text = trimSet(ctx.text.slice(first.start, last.end), QUOTE_MARKS);
  return text.trim() || null;
}

/**
 * Words quoted inside a sentence the reporter worded ('said the "farce" had to end', 'Demand
 * is "strong", he added'): a word of the claim right before or after the quotation, neither
 * the cue, the source nor a complementizer. Such a quotation is part of the claim, not all
 * of it.
 */
export function embedded(ctx: SentenceContext, run: Span, c: Candidate): boolean {
  const within = (i: number, span: Span | null | undefined) =>
    span != null && i >= span.start && i < span.end;
  // 'said in a statement "We ..."', 'said on Monday "We ..."': an occasion or a date between
  // the verb and the quotation frames it too.
  const sourceAfter = c.sourceSpan && c.sourceSpan.start >= c.cueSpan.end ? c.sourceSpan.end : 0;
  const lead = Math.max(c.cueSpan.end, c.addresseeSpan?.end ?? 0, sourceAfter);
  const led =
    run.start > lead && (timeOnly(ctx, lead, run.start) || occasionOnly(ctx, lead, run.start));
  // A complementizer frames only right after what frames ('deliver that "assessment"' is a
  // determiner inside the claim).
  const framing = (i: number): boolean =>
    within(i, c.cueSpan) ||
    within(i, c.sourceSpan) ||
    within(i, c.addresseeSpan) ||
    (led && i >= lead && i < run.start) ||
    (ctx.pack.complementizers.has(ctx.tokens[i]?.lower ?? '') && i > 0 && framing(i - 1));
  const claimWord = (i: number): boolean =>
    ctx.tokens[i]?.type === 'word' && !ctx.quoted[i] && !framing(i);
  if (claimWord(run.start - 1)) return true;
  // 'said the mayor asked him to cut fares, "and raise them after the vote."': a quotation
  // opening with a joining word after a comma goes on with the clause the reporter worded.
  if (ctx.tokens[run.start - 1]?.text === ',' && joinedOpening(ctx, run)) {
    for (let i = lead; i < run.start - 1; i++) if (claimWord(i)) return true;
  }
  // After the quotation only where nothing frames it before ('"Leave" campaigners say') and
  // it closes no clause of its own ('"We are ready," de Vries said': the comma closes it).
  const closing = ctx.tokens[run.end - 2]?.text ?? '';
  return !framing(run.start - 1) && !CLAUSE_CLOSERS.has(closing) && claimWord(run.end);
}

/** Punctuation before a closing quotation mark that ends what is quoted. */
const CLAUSE_CLOSERS = new Set([',', '.', '!', '?', ';', ':', '…']);
