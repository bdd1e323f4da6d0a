/**
 * "kata pengelola (pasar) yang enggan disebut namanya": after a verb-first cue, a clause
 * saying the speaker's name is withheld belongs to the source phrase, whatever its noun (a
 * firm's word too): it says the source is a person left unnamed.
 */
import type { SentenceContext } from '../context';
import { plainWord } from './source-word';

/** Plain words between the noun and the relative pronoun ("pengelola pasar yang ..."). */
const MAX_QUALIFIERS = 1;

/** The end of the withheld-name clause after the phrase [start, end), or `end`. */
export function withheldNameAfter(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  // English reads its relative clauses after a source itself ("an official who asked not to
  // be named"); a pronoun's withheld name is the pronoun stage's ("kata dia yang ...").
  if (end <= start || !pack.data.adjectivesAfterNoun) return end;
  if (end - start === 1 && pack.personPronouns.has(tokens[start]?.lower ?? '')) return end;
  let k = end;
  while (
    k - end < MAX_QUALIFIERS &&
    plainWord(ctx, k) &&
    !pack.relativePronouns.has(tokens[k]?.lower ?? '')
  )
    k++;
  if (ctx.quoted[k] || !pack.relativePronouns.has(tokens[k]?.lower ?? '')) return end;
  const len = pack.withheldNames.matchAt(tokens, k + 1);
  return len > 0 && !ctx.quoted[k + len] ? k + 1 + len : end;
}
