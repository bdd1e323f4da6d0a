/**
 * A count of a group's people written as a speaker: "one of them", "both of them", "salah
 * seorang di antara mereka". Built from the pack's parts (a count, its link, the people's
 * pronoun) rather than listed whole, so each language adds words, not phrases. The finders
 * before and after a verb use it to take the phrase whole; the pronoun stage says who the
 * people are.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';

/** Tokens of the count starting at token `i`: a number or an elided head of one word ("one",
 * "some"), or a listed count of one or more ("both", "salah seorang", "sebagian besar"). */
function countAt(ctx: SentenceContext, i: number, limit: number): number {
  const { pack, tokens } = ctx;
  const t = tokens[i] as Token;
  const single = pack.numberWords.has(t.lower) || pack.elidedHeads.has(t.lower) ? 1 : 0;
  return Math.max(single, pack.partitiveCounts.matchAt(tokens, i, limit));
}

/** Length in tokens of the count of a group's people starting at token `i` and ending by
 * `limit`, all plain words outside quotations; 0 when there is none. */
export function partitiveAt(ctx: SentenceContext, i: number, limit = ctx.tokens.length): number {
  const { pack, tokens, quoted } = ctx;
  const first = tokens[i];
  if (!first || first.type !== 'word') return 0;
  const count = countAt(ctx, i, limit);
  // "salah satunya": the count with the people fused on; "dua di antaranya": its link.
  const whole = pack.partitiveFused.matchAt(tokens, i, limit);
  const fused = count > 0 ? pack.partitiveFused.matchAt(tokens, i + count, limit) : 0;
  const link = count > 0 ? pack.partitiveLinks.matchAt(tokens, i + count, limit) : 0;
  const people = link > 0 ? pack.partitivePeople.matchAt(tokens, i + count + link, limit) : 0;
  const len =
    whole > 0 ? whole : fused > 0 ? count + fused : people > 0 ? count + link + people : 0;
  for (let k = i; k < i + len; k++) if (tokens[k]?.type !== 'word' || quoted[k]) return 0;
  return len;
}

/** The start of a count of a group's people ending at token `last` (inclusive), or -1. */
export function partitiveEndingAt(ctx: SentenceContext, last: number): number {
  const { pack } = ctx;
  const longest =
    Math.max(pack.partitiveCounts.longest, 1) +
    pack.partitiveLinks.longest +
    pack.partitivePeople.longest;
  for (let s = Math.max(0, last - longest + 1); s <= last; s++)
    if (partitiveAt(ctx, s, last + 1) === last - s + 1) return s;
  return -1;
}
