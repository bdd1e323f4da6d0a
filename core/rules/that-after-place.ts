/**
 * The claim's "that" reached past a phrase of where it was written ("posted on LinkedIn that
 * ..."). Split from util.ts.
 */
import type { SentenceContext } from '../context';

/** Words between a verb and its "that" when they only say where it was written. */
const MAX_PLACE_WORDS = 5;

/**
 * "posted on LinkedIn that ...", "posted to her blog that ...": right after the verb a
 * preposition of place (the pack's relayPrepositions or addressees), a few words, then the
 * complementizer opening the claim.
 */
export function thatAfterPlace(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  const prep = tokens[from]?.lower ?? '';
  // "responded in a text message that ...", "allege in the indictment that ...", "argues in
  // her book that ...": an occasion's noun with its article or its owner's possessive.
  const article = tokens[from + 1]?.lower ?? '';
  if (
    pack.occasionPrepositions.has(prep) &&
    (pack.singularDeterminers.has(article) ||
      pack.definiteDeterminers.has(article) ||
      pack.possessives.has(article))
  ) {
    const noun = pack.occasionNouns.matchAt(tokens, from + 2);
    if (
      noun > 0 &&
      !ctx.quoted[from + 2] &&
      pack.complementizers.has(tokens[from + 2 + noun]?.lower ?? '')
    )
      return true;
  }
  if (!pack.relayPrepositions.has(prep) && !pack.addressees.has(prep)) return false;
  for (let k = from + 1; k <= from + 1 + MAX_PLACE_WORDS; k++) {
    const t = tokens[k];
    // "posted on Instagram a photo that ...": an object, then a relative clause.
    if (!t || t.type !== 'word' || ctx.quoted[k] || pack.singularDeterminers.has(t.lower))
      return false;
    if (k > from + 1 && pack.complementizers.has(t.lower)) return true;
  }
  return false;
}
