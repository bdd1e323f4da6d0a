/**
 * The words that describe a state outlet before its name ("the state-run Statenews agency",
 * "government radio station Statenews") belong to the source phrase, never to the claim
 * that closes before it; a generic outlet a readout was carried by stops at its comma; a
 * broadcast carried "live" by an outlet still names it as the via. Every sentence is the
 * team's own; "Statenews" is the helpers' state-run fixture outlet, "Wirely" a wire.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe('state words before an outlet named after the claim', () => {
  it.each([
    [
      'Two bridges were closed, the state-run Statenews agency said.',
      'the state-run Statenews agency',
    ],
    [
      "Two bridges were closed, Valdoria's state-run Statenews said.",
      "Valdoria's state-run Statenews",
    ],
    [
      'Two bridges were closed, the government-run Statenews news agency reported.',
      'the government-run Statenews news agency',
    ],
    [
      'Two bridges were closed, government radio station Statenews reported.',
      'government radio station Statenews',
    ],
    ['Two bridges were closed, state-owned Statenews said on Monday.', 'state-owned Statenews'],
  ])('%s', (text, source) => {
    const claim = first(text);
    expect(claim?.claim).toBe('Two bridges were closed');
    expect(claim?.source).toMatchObject({ text: source, kind: 'state_media' });
    expect(claim?.flags).toContain('state_media');
  });

  it('opening the sentence, the words stay with the outlet', () => {
    const claim = first('The state-run Statenews agency said two bridges were closed.');
    expect(claim?.source.text).toBe('The state-run Statenews agency');
    expect(claim?.claim).toBe('two bridges were closed');
  });

  it('a speaker relayed by such an outlet keeps the claim without them', () => {
    const claim = first(
      'Governor Lia Marten said two bridges were closed, the state-run Statenews agency reported.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(claim?.claim).toBe('two bridges were closed');
  });

  it('the registry still decides the kind of an outlet it knows', () => {
    const claim = first('Two bridges were closed, the state-run Wirely agency said.');
    expect(claim?.source.kind).toBe('media');
    expect(claim?.claim).toBe('Two bridges were closed');
  });

  it('the words are no part of a person named before the outlet', () => {
    const claim = first('Two bridges were closed, Lia Marten told the state-run Statenews agency.');
    expect(claim?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });
});

describe('generic stations of the state', () => {
  it.each([
    'The state radio station said two bridges were closed.',
    'Two bridges were closed, the state television station said.',
    'A government radio station said two bridges were closed.',
  ])('%s', (text) => {
    expect(first(text)?.source.kind).toBe('state_media');
  });

  it('a police station is no outlet', () => {
    expect(first('The police station said two men were held.')?.source.kind).not.toBe(
      'state_media',
    );
  });
});

describe('the outlet a readout was carried by', () => {
  it.each([
    'According to a readout carried by the official news agency, Premier Ito Sanrel said trade must grow.',
    'According to a readout released by state media, Premier Ito Sanrel said trade must grow.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source).toMatchObject({ kind: 'named_person', name: 'Ito Sanrel' });
    expect(claim?.source.via).toMatch(/^(the official news agency|state media)$/);
    expect(claim?.flags).toContain('state_media');
  });

  it('an outlet named again after the comma is still the carrier', () => {
    const claim = first(
      'According to a readout carried by the state news agency, Statenews, Premier Ito Sanrel said trade must grow.',
    );
    expect(claim?.flags).toContain('state_media');
  });
});

describe('carried live', () => {
  it.each([
    'In a speech carried live by state television, Premier Ito Sanrel said trade must grow.',
    'In an address carried nationwide by state television, Premier Ito Sanrel said trade must grow.',
    'In a speech aired live by state television, Premier Ito Sanrel said trade must grow.',
    'In a speech carried live by Statenews, Premier Ito Sanrel said trade must grow.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.via).toMatch(/^(state television|Statenews)$/);
    expect(claim?.flags).toContain('state_media');
  });

  it('a new speaker after an earlier relay takes the outlet of their own sentence', () => {
    const claims = storyClaims(
      'In comments published by the official news agency, the foreign minister said the envoy had left. || In a speech carried live by state television, the prime minister said the economy would grow.',
      'en',
    );
    expect(claims.at(-1)?.source.via).toBe('state television');
  });

  it('"live" with no outlet after it carries nothing', () => {
    const claim = first('In a speech carried live, Premier Ito Sanrel said trade must grow.');
    expect(claim?.source.via ?? null).toBeNull();
  });
});
