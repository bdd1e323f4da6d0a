/** A firm whose name ends like a possessive ("Dorrel's", "Hanley & Ward's") is itself the
 * speaker when a clause opened by an article, a possessive or a subject pronoun follows the
 * verb, or the verb is a form that is never an adjective ("said", "says", "told"): nothing
 * possessed stands between the name and the verb. A possessive before a noun
 * or adjective use of the verb still reports nothing. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a verb that is only ever a verb, after such a name', () => {
  it.each([
    ["Dorrel's said sales rose in May.", "Dorrel's", 'sales rose in May'],
    ["Sales rose in May, Dorrel's said.", "Dorrel's", 'Sales rose in May'],
    ["Dorrel's says demand is slowing.", "Dorrel's", 'demand is slowing'],
    ["Dorrel's told investors on Tuesday that sales rose.", "Dorrel's", 'sales rose'],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('organization');
    expect(c?.claim).toBe(claim);
  });

  it('"is said to" after a name is a passive, no one speaking', () => {
    const claims = paragraphClaims('en', "Tarlow's said to be furious about the leak.");
    expect(claims.every((c) => c.source.text !== "Tarlow's")).toBe(true);
  });
});

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
