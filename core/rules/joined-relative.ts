/**
 * A subject's relative clause read whole: "An official who briefed reporters", "Officials who
 * were briefed by the army", "A diplomat who follows the talks and who declined to be named".
 * The verb inside the clause and the words it governs are no speaker of the main verb.
 */
import type { SentenceContext } from '../context';

/** A relative right before the participle at `r`, auxiliaries and adverbs between ("who
 * were briefed"): the participle is that clause's own verb. */
export function relativeBeforeParticiple(ctx: SentenceContext, r: number): boolean {
  const { tokens, pack } = ctx;
  let k = r - 1;
  while (k > 0 && !ctx.quoted[k]) {
    const w = tokens[k]?.lower ?? '';
    if (!pack.finiteAuxiliaries.has(w) && !pack.passiveAuxiliaries.has(w) && !pack.adverbs.has(w))
      break;
    k--;
  }
  return !ctx.quoted[k] && pack.clauseRelatives.has(tokens[k]?.lower ?? '');
}

/** "... who follows the talks and who declined to be named": the relative at `rel` after a
 * coordinator joins an earlier relative pronoun (no punctuation between, not before
 * `floor`); that one's index, else `rel`. */
export function firstJoinedRelative(ctx: SentenceContext, rel: number, floor: number): number {
  const { tokens, pack } = ctx;
  if (ctx.quoted[rel - 1] || !pack.coordinators.has(tokens[rel - 1]?.lower ?? '')) return rel;
  for (let k = rel - 2; k >= floor; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return rel;
    if (pack.relativePronouns.has(t.lower)) return k;
  }
  return rel;
}
