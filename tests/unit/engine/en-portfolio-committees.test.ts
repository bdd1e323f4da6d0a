/** A committee named for a field of government ("the Harlow transport committee") is a
 * public body, and so is "the committee" pointing back to one named inside an earlier
 * source; a committee with no such field ("the organizing committee") stays an
 * organization. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim, onlyClaim } from './helpers';

describe('committees of a portfolio', () => {
  it.each([
    'The Harlow transportation committee said the bus drivers had broken the rules.',
    'The city health committee said the clinic would close.',
    // The body that runs a vote.
    'The National Election Committee said the ruling party had won most provinces.',
  ])('a public body: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('official_body');
  });

  it('"the committee" after a portfolio committee named in an earlier source', () => {
    const c = lastClaim(
      'Drivers broke the rules, Wirely said, citing findings from the Harlow transport committee. || ' +
        'Complaints were handled slowly, according to the committee.',
      'en',
    );
    expect(c?.source.kind).toBe('official_body');
  });

  it('a committee with no portfolio stays an organization', () => {
    expect(
      onlyClaim('The organizing committee said the race would go ahead.', 'en')?.source.kind,
    ).toBe('organization');
  });
});
