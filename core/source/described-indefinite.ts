/**
 * "Seorang pekerja migran Indonesia mengatakan", "Seorang pejabat pertahanan sipil Gaza
 * mengatakan": after "seorang" and a noun for a person, Indonesian describes the person with
 * words no lexicon lists; the phrase runs over them to the name closing it, instead of ending
 * at that name (read as a country or a person).
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';
import { plainWord } from './source-word';

/** Unlisted words a described person's phrase may run over ("migran", "pertahanan sipil"). */
const MAX_DESCRIPTION_WORDS = 3;

/** A word shaped as a verb by its prefix ("menyaksikan", "diserang"): a clause, no modifier. */
function verbShaped(ctx: SentenceContext, i: number): boolean {
  const lower = ctx.tokens[i]?.lower ?? '';
  return ctx.pack.data.predicatePrefixes.some((p) => lower.startsWith(p));
}

/** Where the phrase ending at `start` begins once a person's indefinite description before
 * its unlisted words is taken in; `start` when there is none. */
export function describedIndefiniteLeft(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return start;
  let k = start - 1;
  while (
    k >= 0 &&
    start - 1 - k < MAX_DESCRIPTION_WORDS &&
    plainWord(ctx, k) &&
    !verbShaped(ctx, k)
  )
    k--;
  if (k === start - 1 || k < 1) return start;
  const head = collectLeft(ctx, k);
  if (head > k) return start;
  const determiner = pack.singularDeterminers.matchAt(tokens, head, k);
  if (determiner === 0) return start;
  const noun = head + determiner;
  const person = [pack.anonymous, pack.unnamedOfficials, pack.roles].some(
    (table) => table.matchAt(tokens, noun) > 0,
  );
  return person ? head : start;
}
