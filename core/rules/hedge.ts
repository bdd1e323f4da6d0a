/**
 * "reportedly", "is rumored to", "dikabarkan", "disebut-sebut", "konon": a claim hedged as
 * coming from somewhere, with no source. Not "dilaporkan ke polisi" (reported to the police)
 * nor "disebut sebagai" (named as).
 */
import type { SentenceContext } from '../context';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';
import { plainSource } from '../source';

export const hedge: Rule = {
  id: 'hedge',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      if (ctx.quoted[i] || tokens[i]?.type !== 'word') continue;
      const len = pack.hedges.matchAt(tokens, i);
      if (!len) continue;
      if (pack.hedgeExceptions.matchAt(tokens, i) > 0) continue;
      // "program yang disebut Kartu Prakerja", 'disebut "raja"': naming, not hedging.
      // A hedge ending in a complementizer ("kabar bahwa") names nothing.
      const next = tokens[i + len];
      const clause = pack.complementizers.has(tokens[i + len - 1]?.lower ?? '');
      if (!clause && next && (next.cap || next.type === 'quote') && !tokens[i]?.cap) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, i, i + len),
        cueSpan: { start: i, end: i + len },
        source: plainSource('', 'unattributed'),
        sourceSpan: null,
        rank: 0,
      });
      i += len - 1;
    }
    return out;
  },
};
