/**
 * Words in web pages that look like attributions and are not: generic sayings, contractions
 * read as names, a possessive before a cue word. And the adverbs that may stand between a
 * source and its verb. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a contraction is no source', () => {
  it.each([
    "It's often said that the first step is the hardest.",
    "That's long been said about the old mill.",
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('"she\'s said" is still her words', () => {
    const c = claims(
      "Jane Roe, a nurse, joined in May. || She's said that the ward is short of beds.",
    );
    expect(c.at(-1)?.source.resolvesTo).toBe('Jane Roe');
  });
});

describe('adverbs between a source and its verb', () => {
  it.each([
    ['Jane Roe has long argued that the levy is unfair.', 'Jane Roe'],
    ['Economists often say that rents lag prices.', 'Economists'],
    ['The Harbor Trust has always maintained that the pier is safe.', 'The Harbor Trust'],
  ])('%s', (text, source) => {
    expect(claims(text)[0]?.source.text).toBe(source);
  });
});
