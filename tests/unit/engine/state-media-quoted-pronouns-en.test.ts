/**
 * "..., KCNA quoted him as saying": the person quoted is an object pronoun, standing for the
 * person named before as "he" would ("them" for a group, as "they"); the outlet that quoted is
 * the via. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const last = (story: string) => storyClaims(story, 'en').at(-1);

describe('an object pronoun quoted by an outlet', () => {
  it.each([
    ['him', 'Premier Tomas Reyl toured the dam on Monday.'],
    ['her', 'Governor Mila Ostrova toured the dam on Monday.'],
  ])('"quoted %s as saying" points back to the person named before', (pronoun, first) => {
    const c = last(`${first} || The dam was safe, Statenews quoted ${pronoun} as saying.`);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: pronoun, via: 'Statenews' });
    expect(c?.source.name).toBeTruthy();
    expect(c?.claim).toBe('The dam was safe');
    expect(c?.flags).toContain('state_media');
    expect(c?.flags).not.toContain('unnamed_source');
  });

  it('"them" stands for the group named before, as "they" would', () => {
    const c = last(
      'Local officials said the road was closed. || It would reopen soon, Statenews quoted them as saying.',
    );
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text: 'them', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });
});
