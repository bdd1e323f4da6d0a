/** A speaker named after the verb keeps an appositive that opens with its owner's possessive
 * ("said Ilse Marren, Corvan's chief executive", "according to Ilse Marren, Corvan's former
 * finance director"): the role is hers, and a named person with a role is a strong source.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("appositives opening with an owner's possessive", () => {
  it.each([
    [
      "The plant will close by the end of the year, said Ilse Marren, Corvan's chief executive.",
      "Corvan's chief executive",
    ],
    [
      "The plant will close by the end of the year, according to Ilse Marren, Corvan's former finance director.",
      "Corvan's former finance director",
    ],
    [
      "The plant will close by the end of the year, said Ilse Marren, Corvan's chief executive, in a statement.",
      "Corvan's chief executive",
    ],
  ])('%s', (text, role) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.name).toBe('Ilse Marren');
    expect(c?.source.role).toBe(role);
    expect(c?.strength).toBe('strong');
    expect(c?.claim).toBe('The plant will close by the end of the year');
  });
});
