/**
 * "Dua orang petugas mengatakan", "Pagi itu tiga pedagang menuturkan": a count of people, in
 * words or figures, and the word set between it and the noun ("orang") stay in the source's
 * words, as a capitalised count opening the sentence already does.
 */
import type { SentenceContext } from '../context';
import { isWord, NUMBER } from './tokens';

/** A noun for people of the pack opens the phrase at token i. */
function peopleAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  return [pack.anonymous, pack.unnamedOfficials, pack.roles].some((t) => t.matchAt(tokens, i) > 0);
}

/** Token i counts: a number in words, or, before the word between count and noun, a figure
 * or a quantifier ("2 orang", "beberapa orang"). */
function countAt(ctx: SentenceContext, i: number, classified: boolean): boolean {
  const t = ctx.tokens[i];
  if (!isWord(t) || ctx.quoted[i]) return false;
  if (ctx.pack.numberWords.has(t.lower)) return true;
  return classified && (NUMBER.test(t.text) || ctx.pack.determiners.has(t.lower));
}

/** Where the source phrase starting at `start` begins once the count before it is taken in. */
export function countedLeft(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  if (!peopleAt(ctx, start)) return start;
  let k = start;
  const before = tokens[k - 1];
  const classified =
    isWord(before) && !ctx.quoted[k - 1] && pack.countClassifiers.has(before.lower);
  if (classified) k--;
  let j = k;
  while (j > 0 && countAt(ctx, j - 1, classified)) j--;
  return j < k ? j : start;
}

/** Longest bound or estimate of a count, in words ("no fewer than", "a handful of"). */
const MAX_APPROXIMATOR_WORDS = 3;

/**
 * "At least two witnesses", "more than a dozen residents", "a number of diplomats": where the
 * phrase starting at `start` begins once a bound or estimate of its count is taken in. Before a
 * count the words need the count ("Up to five officials"); a phrase ending in the link before
 * the noun ("a number of") holds that link, which the phrase found may open with.
 */
export function approximatedLeft(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[start];
  if (!isWord(first) || ctx.quoted[start]) return start;
  const linked = pack.connectors.has(first.lower) && !pack.determiners.has(first.lower);
  const at = linked ? start + 1 : start;
  const count = tokens[at];
  const counted =
    isWord(count) &&
    (NUMBER.test(count.text) ||
      pack.numberWords.has(count.lower) ||
      pack.singularDeterminers.has(count.lower));
  for (let k = Math.max(0, at - MAX_APPROXIMATOR_WORDS); k < at; k++) {
    if (pack.countApproximators.matchAt(tokens, k, at) !== at - k) continue;
    if (ctx.quoted.slice(k, at).some(Boolean)) continue;
    // "a number of" holds its link; "at least" stands right before a count.
    if (linked ? k < start : counted) return k;
  }
  return start;
}

/** "At least two witnesses", "As many as 30 people": a bound of several words opening the
 * phrase at `start` stays whole, though its first word alone is a link or an opener. */
export function boundOfCountAt(ctx: SentenceContext, start: number, end: number): boolean {
  return ctx.pack.countApproximators.matchAt(ctx.tokens, start, end) > 1;
}

/** "said at least two witnesses", "said a number of diplomats": the words of a bound or an
 * estimate of a count at token `at`, before the count or the noun it links to; 0 if none. */
export function countBoundAt(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  const len = pack.countApproximators.matchAt(tokens, at);
  if (len === 0 || ctx.quoted.slice(at, at + len).some(Boolean)) return 0;
  const last = tokens[at + len - 1]?.lower ?? '';
  const linked = pack.connectors.has(last) && !pack.determiners.has(last);
  return linked || approximatedLeft(ctx, at + len) === at ? len : 0;
}
