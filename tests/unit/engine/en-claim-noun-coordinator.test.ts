/**
 * "... a ruling on the island's fishing claims and warned the envoy against moves that ...": a
 * coordinator right after the noun of claiming opens another clause; its words are no source
 * of the claims, and the verb after it is the speaker's. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a noun of claiming followed by a coordinated verb', () => {
  const claims = storyClaims(
    "The premier spoke with the envoy ahead of a ruling on the island's fishing claims and warned him against moves that hurt the fleet, the state news agency Statenews reported.",
    'en',
  );

  it('gives the claims no source made of the next clause', () => {
    expect(claims.some((c) => c.cue === 'claims')).toBe(false);
  });

  it("leaves the premier's warning, relayed by the agency", () => {
    const c = claims[0];
    expect(c?.source.text).toBe('The premier');
    expect(c?.flags).toContain('state_media');
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
