/**
 * An outlet quoting or citing a speaker whose words follow in a relative clause of saying:
 * "Statenews quoted an official who said ...", as Indonesian "mengutip X yang mengatakan".
 * The speaker is the source, the outlet the `via`. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an outlet quoting a speaker who said', () => {
  it.each([
    ['Statenews quoted an unnamed official who said the talks had stalled.', 'an unnamed official'],
    ['Statenews cited a local official who said nine people had died.', 'a local official'],
    [
      'Statenews quoted a harbour official who told the agency the port was closed.',
      'a harbour official',
    ],
    [
      'The Statenews agency quoted a senior diplomat who warned the deal was off.',
      'a senior diplomat',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.rule).toBe('quoted-as');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.via).toMatch(/Statenews/);
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('a named speaker is the source, the outlet that quoted him the via', () => {
    const c = en('Statenews quoted General Oskar Brel, who said the drills were a provocation.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.claim).toBe('the drills were a provocation');
  });

  it('a private paper is a via with no state-media flag', () => {
    const c = en('Daily Planet quoted a police officer who said the road was closed.');
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a relative clause of doing is no relayed saying', () => {
    const c = en('Statenews quoted a farmer who planted rice along the river.');
    expect(c?.rule).not.toBe('quoted-as');
  });
});
