/**
 * "Officials have firmly rejected those accusations", "The ministry dismissed the allegations
 * as baseless": a verb that is an act with most objects ("rejected the plan") denies what its
 * object says when that object is an accusation. The source is the verb's subject; the claim
 * is the rest of the sentence, as for "denied the allegations".
 */
import type { SentenceContext } from '../context';
import { speakerBefore } from './speaker-before';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** Words between the verb and the accusation ("such", "all the", "the latest"). */
const MAX_OBJECT_LEAD = 3;

/** The accusation opens within a few plain words after the verb at `end`. */
function accusationAfter(ctx: SentenceContext, end: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = end; k < tokens.length && k - end <= MAX_OBJECT_LEAD; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.accusationNouns.matchAt(tokens, k) > 0) return true;
    if (pack.complementizers.has(t.lower) || pack.coordinators.has(t.lower)) return false;
  }
  return false;
}

export const denialObject: Rule = {
  id: 'denial-object',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    for (const [at, len] of matchesOutsideQuotes(ctx, ctx.pack.denialVerbs, { lowerOnly: true })) {
      if (!accusationAfter(ctx, at + len)) continue;
      const speaker = speakerBefore(ctx, at);
      if (!speaker) continue;
      out.push(candidateAt(ctx, this.id, at, len, speaker));
    }
    return out;
  },
};
