/**
 * "ujarnya", "katanya", "menurutnya", "imbuhnya": Indonesian cues with the source fused in
 * as the clitic -nya, which points back to the last person named.
 */
import type { SentenceContext } from '../context';
import { cliticSource } from '../source';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

export const cliticCue: Rule = {
  id: 'clitic-cue',
  find(ctx: SentenceContext): Candidate[] {
    return matchesOutsideQuotes(ctx, ctx.pack.cliticCues).map(([at, len]) => ({
      rule: this.id,
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start: at, end: at + len },
      source: cliticSource(ctx, '-nya'),
      sourceSpan: null,
      rank: 2,
    }));
  },
};
