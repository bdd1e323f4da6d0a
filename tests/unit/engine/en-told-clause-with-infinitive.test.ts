/** A verb of telling, its listener and an order ("told players to stay calm") reports no
 * claim; a clause told after the listener whose own verb takes an infinitive ("told investors
 * it expected sales to double") still does. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a clause told that holds an infinitive', () => {
  it.each([
    [
      'The company told investors it expected sales to double.',
      'The company',
      'it expected sales to double',
    ],
    ['The firm told staff it planned to cut 500 jobs.', 'The firm', 'it planned to cut 500 jobs'],
    [
      'The general told his men they had to hold the line.',
      'The general',
      'they had to hold the line',
    ],
  ])('%s', (text, source, claim) => {
    const found = onlyClaim(text, 'en');
    expect(found?.source.text).toBe(source);
    expect(found?.claim).toBe(claim);
  });

  it.each([
    'The coach told players to stay calm.',
    'The mayor told them to pack up.',
    'Guards told the visitors not to take pictures.',
    // No listener: a passive order given to the subject.
    'The river rose overnight, with campers told to leave the valley.',
  ])('an order, no claim: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
