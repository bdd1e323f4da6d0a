/**
 * "... on the island's fishing claims and warned Oslo against plans that ...": a coordinator
 * right after the noun of claiming opens another clause; its words are no source of the
 * claims. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a noun of claiming followed by a coordinated verb', () => {
  const claims = storyClaims(
    "The premier met the envoy before a court rules on the island's fishing claims and warned Oslo against plans that would hurt the fleet, the state news agency Statenews reported.",
    'en',
  );

  it('gives the claims no source made of the next clause', () => {
    expect(claims.some((c) => c.cue === 'claims')).toBe(false);
  });

  it('leaves the sentence to its reporting verb, relayed by the state agency', () => {
    expect(claims[0]?.cue).not.toBe('claims');
    expect(claims[0]?.flags).toContain('state_media');
  });
});

describe('a source between the noun and its clause', () => {
  it('still speaks: "claims by the union that ..."', () => {
    const [c] = storyClaims(
      'Claims by the dockers union that the quay is unsafe were denied.',
      'en',
    );
    expect(c?.source.text).toBe('the dockers union');
  });
});
