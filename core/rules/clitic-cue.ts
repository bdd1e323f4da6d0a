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
    const matches = matchesOutsideQuotes(ctx, ctx.pack.cliticCues);
    // '"...," ceritanya': a noun elsewhere, so a cue only right after the quotation mark.
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.cliticCuesAfterQuoteMark, {
      lowerOnly: true,
    })) {
      if (ctx.tokens[at - 1]?.type === 'quote') matches.push([at, len]);
    }
    return matches.map(([at, len]) => ({
      rule: this.id,
      cue: tokensText(ctx, at, at + len),
      cueSpan: { start: at, end: at + len },
      source: cliticSource(ctx, '-nya'),
      sourceSpan: null,
      rank: 2,
    }));
  },
};
