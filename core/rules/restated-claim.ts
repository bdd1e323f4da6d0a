/**
 * "Roe repeated her claim that the vote was rigged", "the ministry stood by its assertion that
 * ...": a verb that is an act with most objects ("repeated the test") says again what its
 * object says when that object is a claim followed by its "that". The source is the verb's
 * subject; the claim is what the "that" opens.
 */
import type { SentenceContext } from '../context';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** Words between the verb and the claim's noun ("her", "the same", "its long-held"). */
const MAX_OBJECT_LEAD = 3;

/** Where the claim's "that" stands when a claim noun opens within a few plain lower-case
 * words after the verb ending at `end`, right before it; or -1. */
function claimThatAfter(ctx: SentenceContext, end: number): number {
  const { tokens, pack } = ctx;
  for (let k = end; k < tokens.length && k - end <= MAX_OBJECT_LEAD; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return -1;
    const len = pack.assertionNouns.matchAt(tokens, k);
    if (len > 0) return pack.complementizers.has(tokens[k + len]?.lower ?? '') ? k + len : -1;
    if (pack.complementizers.has(t.lower) || pack.coordinators.has(t.lower)) return -1;
  }
  return -1;
}

export const restatedClaim: Rule = {
  id: 'restated-claim',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.restatingVerbs, { lowerOnly: true })) {
      const that = claimThatAfter(ctx, at + len);
      const first = tokens[that + 1];
      if (that < 0 || !first) continue;
      const speaker = speakerBefore(ctx, at);
      if (!speaker) continue;
      const claim = ctx.text.slice(first.start).replace(/[.!?]$/u, '');
      out.push({ ...candidateAt(ctx, this.id, at, len, speaker), claim });
    }
    return out;
  },
};
