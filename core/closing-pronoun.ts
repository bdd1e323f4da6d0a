/**
 * '"We will stay," said Ana Ruiz, a vendor, whose wage buys little food, she said': a claim
 * given to its speaker, then a clause about the speaker closed by a second cue of "he", "she",
 * "kata dia" or "ujarnya". The second cue does not frame the first (the first claim is set
 * off before its own speaker, no part of a reported account): the sentence carries two
 * claims, and the pronoun stands for the speaker just named, not for an earlier one.
 */
import { occasionOnly, timeOnly } from './claim-verb-tail';
import { closesSentence } from './closes-sentence';
import type { SentenceContext } from './context';
import type { Candidate } from './rules';
import { tokensText } from './rules/util';
import type { Span } from './source';
import { standingFor } from './split-pronoun';
import { PERSON_KINDS } from './source-kind-groups';

/** Fewest words of the second claim between the first speaker's phrase and the pronoun. */
const MIN_CLAUSE_WORDS = 2;
/** Words describing the first speaker before its source phrase. */
const MAX_DESCRIBING_WORDS = 3;

/** Where the candidate's cue-and-source phrase starts and ends. */
function phraseStart(c: Candidate): number {
  return Math.min(c.cueSpan.start, c.sourceSpan?.start ?? c.cueSpan.start);
}
function phraseEnd(c: Candidate): number {
  return Math.max(c.cueSpan.end, c.sourceSpan?.end ?? 0);
}

/** Where the first speaker's phrase ends, with the occasion or date of its verb ("wrote in a
 * blog post published Thursday"): at the comma after them, else where the phrase ends. */
function firstEnd(ctx: SentenceContext, c: Candidate): number {
  const end = phraseEnd(c);
  let comma = end;
  while (comma < ctx.tokens.length && ctx.tokens[comma]?.text !== ',') comma++;
  if (comma === end || comma === ctx.tokens.length) return end;
  return occasionOnly(ctx, end, comma) || timeOnly(ctx, end, comma) ? comma : end;
}

/** The candidate's cue-and-source phrase closes a claim set before it, quoted or not ('"...,"
 * said X, ...', '..., X said, ...'): a closing quotation mark or a comma on each side. */
function closesClaimBefore(ctx: SentenceContext, c: Candidate): boolean {
  // '"...," Avon-based engineer Lidia Moreno wrote': words describing the speaker that the
  // source phrase left out may come first.
  let start = phraseStart(c);
  const floor = start - MAX_DESCRIBING_WORDS;
  while (start > floor && ctx.tokens[start - 1]?.type === 'word' && !ctx.quoted[start - 1]) {
    if (ctx.pack.cueWords.has(ctx.tokens[start - 1]?.lower ?? '')) return false;
    start--;
  }
  const mark = ctx.tokens[start - 1];
  const closed = mark?.type === 'quote' ? ctx.quoted[start - 2] === true : mark?.text === ',';
  return start > 1 && closed && ctx.tokens[firstEnd(ctx, c)]?.text === ',';
}

/** The candidate's source is one person's pronoun: a word ("she", "dia") or a clitic fused
 * into the cue ("ujarnya", which has no span of its own). */
function personPronoun(ctx: SentenceContext, c: Candidate): boolean {
  const span = c.sourceSpan;
  if (!span) return c.rule === 'clitic-cue';
  const word = ctx.tokens[span.start];
  return span.end - span.start === 1 && ctx.pack.personPronouns.has(word?.lower ?? '');
}

/** `second` is a pronoun's cue after a comma, at least a short clause after `first`'s
 * phrase, which closes a claim set before it and names one person. */
export function closingPronounAfterQuote(
  ctx: SentenceContext,
  first: Candidate,
  second: Candidate,
): boolean {
  const { tokens, quoted } = ctx;
  if (first.rank !== 2 || second.rank !== 2 || !personPronoun(ctx, second)) return false;
  if (!PERSON_KINDS.has(first.source.kind) || !first.sourceSpan || !closesClaimBefore(ctx, first))
    return false;
  const start = phraseStart(second);
  if (quoted[start] || tokens[start - 1]?.text !== ',') return false;
  let words = 0;
  for (let k = firstEnd(ctx, first); k < start; k++) {
    if (quoted[k]) return false;
    if (tokens[k]?.type === 'word') words++;
  }
  return words >= MIN_CLAUSE_WORDS;
}

/** Nothing but what the cue's verb takes follows the candidate's phrase, or the phrase is
 * set off by commas inside its clause ("..., 21 months, he said, after ..."). */
function closing(ctx: SentenceContext, c: Candidate): boolean {
  const end = phraseEnd(c);
  const last = ctx.tokens.length;
  if (end === last || (end === last - 1 && ctx.tokens[end]?.type !== 'word')) return true;
  const next = ctx.tokens[end + 1];
  if (ctx.tokens[end]?.text === ',' && next?.type === 'word' && !ctx.quoted[end + 1]) return true;
  return (c.sourceSpan?.end ?? 0) <= c.cueSpan.start && closesSentence(ctx, c);
}

/** "..., 21 months, she said, after reporting the flaw": a cue set inside its clause; the
 * claim is the clause's words on both sides of it (from token `from`). */
function aroundInterruption(ctx: SentenceContext, from: number, c: Candidate) {
  const { tokens } = ctx;
  const [start, end] = [phraseStart(c), phraseEnd(c)];
  if (tokens[end]?.text !== ',' || tokens[start - 1]?.text !== ',') return {};
  let last = tokens.length;
  while (last > end && tokens[last - 1]?.type !== 'word') last--;
  const first = tokens[from]?.text === ',' ? from + 1 : from;
  if (first >= start - 1 || last <= end + 1) return {};
  return { claim: `${tokensText(ctx, first, start - 1)} ${tokensText(ctx, end + 1, last)}` };
}

/** The sentence's second claim, closed by a pronoun's cue (see the file's comment) and
 * standing for the first speaker, and the two clauses. */
export function splitClosingPronoun(
  ctx: SentenceContext,
  kept: Candidate,
  candidates: readonly Candidate[],
): { second: Candidate; first: Span; rest: Span } | null {
  const second = candidates.find(
    (c) => c !== kept && closingPronounAfterQuote(ctx, kept, c) && closing(ctx, c),
  );
  if (!second) return null;
  const end = firstEnd(ctx, kept);
  return {
    second: standingFor({ ...second, ...aroundInterruption(ctx, end, second) }, kept.source),
    first: { start: 0, end },
    rest: { start: end, end: ctx.tokens.length },
  };
}
