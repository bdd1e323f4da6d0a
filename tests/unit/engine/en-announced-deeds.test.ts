/** "announced" with a deed as its object ("announced job cuts", "announced a curfew") tells
 * of an act and reports no words; a clause after the verb, a "that", a quotation before the
 * source, an infinitive of what is intended, or a participle of saying still report.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('announced deeds', () => {
  it.each([
    'Retailers have announced pay freezes and possible store closures, denting hopes of a rebound.',
    'The army announced a curfew in Dunmore on Sunday.',
    'The studio announced major updates to its mapping app.',
  ])('an act reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it.each([
    ['The ministry announced on Friday the border had reopened.', 'the border had reopened'],
    ['The company announced that the game would ship in May.', 'the game would ship in May'],
    ['"We are closing," the company announced.', 'We are closing'],
    ['The company announced plans to shut two kilns.', 'plans to shut two kilns'],
    [
      'The council announced a ban on fireworks, saying it would protect pets.',
      'it would protect pets',
    ],
  ])('%s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });
});
