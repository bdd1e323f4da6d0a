/** A named person's ruling or conclusion with its "that" ("Judge Ana Ruiz ruled that ...",
 * "Dr Omar Fell concluded that ...") is that person's claim; a person showing something and a
 * ruling with no "that" stay out. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a named person ruling or concluding that', () => {
  it.each([
    ['U.S. District Judge Nira Castell ruled that the ban was unconstitutional.', 'Nira Castell'],
    ['Judge Tomas Brelle ruled Tuesday that the contract was void.', 'Tomas Brelle'],
    ['Coroner Halden Mowbry concluded that the death was accidental.', 'Halden Mowbry'],
    ['Magistrate Ilse Varn determined that the search had been lawful.', 'Ilse Varn'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toContain(source);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.cue).toMatch(/ruled|concluded|determined/);
  });

  it.each([
    'Judge Tomas Brelle ruled the district for a decade.',
    'Oskar Dunmere showed that the sum of two odd numbers is even.',
  ])('no ruling with words: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
