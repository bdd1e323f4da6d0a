/** Refiner quoted-back: "X said <claim>, <outlet> quoted him as saying": the outlet closing
 * the sentence quotes the speaker again by a pronoun. Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from '../helpers';

const only = (text: string) => onlyClaim(text, 'en');

describe('quoted-back', () => {
  it('the speaker stays the source, the state outlet is the via, its phrase leaves the claim', () => {
    const c = only('Governor Mila Ostrova said the dam was safe, Statenews quoted her as saying.');
    expect(c).toMatchObject({
      cue: 'said',
      claim: 'the dam was safe',
      source: { kind: 'named_person', text: 'Governor Mila Ostrova', via: 'Statenews' },
    });
    expect(c?.flags).toContain('state_media');
  });

  it('generic state media, a time after the complement', () => {
    const c = only(
      'The port director said exports would rise, state media quoted him as saying on Friday.',
    );
    expect(c?.claim).toBe('exports would rise');
    expect(c?.source.via).toBe('state media');
    expect(c?.flags).toContain('state_media');
  });

  it('an outlet that is not the state’s is the via, with no flag', () => {
    const c = only('Governor Mila Ostrova said the dam was safe, Wirely quoted her as saying.');
    expect(c?.source.via).toBe('Wirely');
    expect(c?.claim).toBe('the dam was safe');
    expect(c?.flags).not.toContain('state_media');
  });

  it('a clause joined by a conjunction is not the closing quote', () => {
    const c = only(
      'Governor Mila Ostrova said the dam was safe, and Statenews quoted her as saying so.',
    );
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });

  it('words after the complement are no closing quote', () => {
    const c = only(
      'Governor Mila Ostrova said the dam was safe, while Statenews quoted her as saying the opposite.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});
