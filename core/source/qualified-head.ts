/**
 * "The Western official in the region said": a lexicon's noun found first in a clause keeps
 * the words qualifying it after its determiner, as the phrase before a verb does.
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';
import { outletIn } from './tokens';

/** Where the phrase whose lexicon words are [at, at + len) starts once the words between it
 * and its determiner are taken in; never before `from`. An outlet before the noun ("a
 * Wirely witness") is left to the outlet's own reading. */
export function qualifiedHeadLeft(ctx: SentenceContext, at: number, len: number, from: number) {
  const { tokens, pack } = ctx;
  const left = collectLeft(ctx, at + len - 1);
  if (left >= at || left < from) return at;
  const opened = [left, left - 1].some((k) => pack.determiners.has(tokens[k]?.lower ?? ''));
  return opened && outletIn(ctx, { start: left, end: at }) === null ? left : at;
}
