/**
 * '"You cannot catch up on lost sleep." That is the view of Ines Ravel, ...', '"..." Such was
 * the verdict of the panel.': a sentence that points back to the words before it and names
 * whose view, verdict or warning they are. The claim is the previous sentence.
 */
import type { SentenceContext } from '../context';
import { classify, sourceAfter } from '../source';
import type { Candidate, Rule } from './types';
import { tokensText } from './util';

/** Qualifiers between the article and the noun ("the blunt verdict"). */
const MAX_QUALIFIERS = 2;

export const pointingView: Rule = {
  id: 'pointing-view',
  find(ctx: SentenceContext): Candidate[] {
    const { tokens, pack } = ctx;
    if (!ctx.previous || ctx.quoted[0]) return [];
    const open = pack.viewOpeners.matchAt(tokens, 0);
    if (open === 0) return [];
    let k = open;
    if (pack.definiteDeterminers.has(tokens[k]?.lower ?? '')) k++;
    let noun = 0;
    for (let q = 0; q <= MAX_QUALIFIERS && noun === 0; q++) {
      noun = pack.verdictNouns.matchAt(tokens, k + q);
      if (noun > 0) k += q;
    }
    if (noun === 0) return [];
    const link = k + noun;
    if (!pack.verdictLinks.has(tokens[link]?.lower ?? '') || ctx.quoted[link]) return [];
    const span = sourceAfter(ctx, link + 1);
    const source = span ? classify(ctx, span) : null;
    if (!span || !source) return [];
    return [
      {
        rule: this.id,
        cue: tokensText(ctx, 0, link + 1),
        cueSpan: { start: 0, end: link + 1 },
        source,
        sourceSpan: span,
        rank: 2,
        claim: ctx.previous,
        reasons: ['anaphoric_claim'],
      },
    ];
  },
};
