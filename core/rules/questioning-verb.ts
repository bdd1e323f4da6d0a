/**
 * "Some experts questioned whether the dam is safe", "Critics doubt how the plan will be
 * paid for": a source voicing an open question as its doubt states its view of the matter,
 * as "doubts that" does (stance-verb). Only with an interrogative right after the verb: with
 * an object ("police questioned the driver") the verb reports an act, and "asked whether"
 * only asks.
 */
import type { SentenceContext } from '../context';
import { viewHolderBefore } from './stance-verb';
import type { Candidate, Rule } from './types';
import { candidateAt, matchesOutsideQuotes } from './util';

/** A noun or a passive, not the source's act: "the question whether", "was questioned why". */
function notActive(ctx: SentenceContext, at: number): boolean {
  const { pack, tokens } = ctx;
  let k = at - 1;
  while (k > 0 && pack.adverbs.has(tokens[k]?.lower ?? '')) k--;
  const before = tokens[k]?.lower ?? '';
  return pack.passiveAuxiliaries.has(before) || pack.nounMarkers.has(before);
}

export const questioningVerb: Rule = {
  id: 'questioning-verb',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { pack, tokens } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.questioningVerbs, { lowerOnly: true })) {
      const next = tokens[at + len];
      if (!next || ctx.quoted[at + len] || !pack.interrogatives.has(next.lower)) continue;
      if (notActive(ctx, at)) continue;
      const found = viewHolderBefore(ctx, at);
      if (found) out.push(candidateAt(ctx, this.id, at, len, found));
    }
    return out;
  },
};
