/**
 * The speaker before a place phrase found before the verb ("Police in the city of Avon
 * said"). Split from find-before.ts.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { collectLeft } from './collect';
import { lexiconHits } from './lexicon';
import { isWord } from './tokens';

/** Words between a locative and "of" in a place phrase ("in the Mediterranean city of", "from
 * the Tarn valley east of"). */
const MAX_PLACE_WORDS = 4;

/**
 * "Police in the city of Avon said", "the consulate in the port of Riga said": the phrase
 * found before the verb is the place; the speaker is the body, official or group before
 * the locative, with its place.
 */
export function placedSpeaker(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  // The phrase may still hold its leading "of" (trimmed later).
  const of = pack.locatives.has(tokens[start]?.lower ?? '') ? start : start - 1;
  const noun = tokens[of - 1];
  if (!pack.locatives.has(tokens[of]?.lower ?? '') || !isWord(noun) || noun.cap) return start;
  for (let loc = of - 2; loc >= 1 && of - loc <= MAX_PLACE_WORDS + 1; loc--) {
    if (ctx.quoted[loc] || !isWord(tokens[loc])) return start;
    if (!pack.locatives.has((tokens[loc] as Token).lower)) continue;
    if (!pack.determiners.has(tokens[loc + 1]?.lower ?? '')) return start;
    const head = collectLeft(ctx, loc - 1);
    if (head > loc - 1) return start;
    const speaker = lexiconHits(ctx, { start: head, end: loc }).some(
      (h) => h.table === 'bodies' || h.table === 'unnamedOfficials' || h.table === 'anonymous',
    );
    return speaker ? head : start;
  }
  return start;
}
