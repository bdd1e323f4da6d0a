/**
 * "reportedly", "is rumored to", "dikabarkan", "disebut-sebut", "konon": a claim hedged as
 * coming from somewhere, with no source. Not "dilaporkan ke polisi" (reported to the police)
 * nor "disebut sebagai" (named as).
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { plainSource } from '../source';

/**
 * Where a hedge starting at token `i` ends, or -1. Read as written first; failing that,
 * through adverbs inside it ("it is widely believed", "is now thought to").
 */
export function hedgeEnd(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  const first = tokens[i];
  if (!first || !pack.hedges.opens(first) || pack.hedgeExceptions.matchAt(tokens, i) > 0) return -1;
  const len = pack.hedges.matchAt(tokens, i);
  if (len > 0) return i + len;
  const at: number[] = [i];
  for (let k = i + 1; k < tokens.length && at.length < pack.hedges.longest; k++)
    if (!pack.adverbs.has(tokens[k]?.lower ?? '')) at.push(k);
  if (at.length === pack.hedges.longest && at.every((k, n) => k === i + n)) return -1;
  const words = at.map((k) => tokens[k] as Token);
  const skipped = pack.hedges.matchAt(words, 0);
  return skipped > 0 ? (at[skipped - 1] as number) + 1 : -1;
}

export const hedge: Rule = {
  id: 'hedge',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.quoted[i] || tokens[i]?.type !== 'word') continue;
      const end = hedgeEnd(ctx, i);
      if (end < 0) continue;
      // "program yang disebut Kartu Prakerja", 'disebut "raja"': naming, not hedging.
      // A hedge ending in a complementizer ("kabar bahwa") names nothing.
      const next = tokens[end];
      const clause = pack.complementizers.has(tokens[end - 1]?.lower ?? '');
      if (!clause && next && (next.cap || next.type === 'quote') && !tokens[i]?.cap) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, i, end),
        cueSpan: { start: i, end },
        source: plainSource('', 'unattributed'),
        sourceSpan: null,
        rank: 0,
      });
      i = end - 1;
    }
    return out;
  },
};
