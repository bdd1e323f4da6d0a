/** A firm whose name ends like a possessive ("Dorrel's", "Hanley & Ward's") is itself the
 * speaker when a clause opened by an article, a possessive or a subject pronoun follows the
 * verb: nothing possessed stands between the name and the verb. A possessive before a noun
 * or adjective use of the verb still reports nothing. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('firm names ending in a possessive', () => {
  it.each([
    ["Dorrel's said the outlook for Veltria was stable.", "Dorrel's"],
    ["Dorrel's said it would cut the rating of Orvanta Bank.", "Dorrel's"],
    ["Hanley & Ward's said its stores would stay open.", "Hanley & Ward's"],
    ["Dorrel's said they had lowered the rating.", "Dorrel's"],
    ["Dorrel's warned that the outlook was negative.", "Dorrel's"],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
  });

  it.each([
    "The company's stated goal was growth.",
    "Tarlow's alleged role in the plot was minor.",
    "The firm's reported losses were large.",
  ])('a possessive before a noun phrase reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
