/** "The network said" right after a broadcaster was named is that broadcaster, as "the paper"
 * is a newspaper named before; with no outlet before it, a network is an organization.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('"the network" after an outlet', () => {
  it('points back to the outlet', () => {
    const claims = paragraphClaims(
      'en',
      'The Daily Planet aired the debate on Sunday. The network said two million people watched it.',
    );
    expect(claims.at(-1)?.source.kind).toBe('media');
  });

  it('after a group of that name stays the group', () => {
    const claims = paragraphClaims(
      'en',
      'The Harbour Network for Tenants said 40 families were evicted. The network said most had paid their rent.',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['organization', 'organization']);
  });
});
