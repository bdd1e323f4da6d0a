/**
 * "We're told ...", "we have learned": the outlet's unnamed sources, in the set phrases
 * gossip and tabloid copy uses for them.
 */
import type { SentenceContext } from '../context';
import type { Candidate, Rule } from './types';
import { freeRelativeObject, matchesOutsideQuotes, tokensText } from './util';
import { plainSource } from '../source';

export const unnamedCue: Rule = {
  id: 'unnamed-cue',
  find(ctx: SentenceContext): Candidate[] {
    const found = matchesOutsideQuotes(ctx, ctx.pack.unnamedCues);
    // "share what we've learned so far": what was learned, not a claim; "we were told to
    // leave": an instruction, no proposition.
    const kept = found.filter(
      ([at, len]) =>
        !freeRelativeObject(ctx, at, at + len, false) &&
        !ctx.pack.infinitiveMarkers.has(ctx.tokens[at + len]?.lower ?? ''),
    );
    return kept.map(([at, len]) => {
      const cue = tokensText(ctx, at, at + len);
      return {
        rule: this.id,
        cue,
        cueSpan: { start: at, end: at + len },
        source: plainSource(cue, 'anonymous'),
        sourceSpan: null,
        rank: 2 as const,
      };
    });
  },
};
