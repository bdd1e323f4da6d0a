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
