/**
 * English wire-copy classes of session 7, on unnamed sources and state-media relays: a second
 * claim opened by "although"/"though" and the pronoun that opens it, and an outlet "quoting"
 * its source. Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const claims = (text: string): Claim[] => storyClaims(text, 'en');

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('"although" and "though" open a second claim', () => {
  it('unnamed officials after "although" are a claim of their own', () => {
    const found = claims(
      'The governor said the bridge would reopen in May, although senior officials have said repairs could take a year.',
    );
    expect(found.map((c) => [c.source.text, c.source.kind])).toEqual([
      ['The governor', 'unnamed_official'],
      ['senior officials', 'unnamed_official'],
    ]);
    expect(found[1]?.claim).toBe('repairs could take a year');
  });

  it('"though" does the same', () => {
    const found = claims(
      'Marta Quiroga said the harvest was late, though diplomats said exports would not suffer.',
    );
    expect(found.map((c) => c.source.text)).toEqual(['Marta Quiroga', 'diplomats']);
  });
});

describe('a pronoun opening the second claim stands for the first speaker', () => {
  it('"he" after a named speaker', () => {
    const found = claims(
      'Ines Okoro spoke first. || Harbour chief Tomas Lind said the pier was safe, although he added that the cranes were old.',
    );
    expect(found.at(-1)?.source).toMatchObject({
      text: 'he',
      kind: 'named_person',
      resolvesTo: 'Tomas Lind',
      basis: 'pronoun/same-sentence',
    });
  });

  it('"it" after an institution', () => {
    const found = claims(
      'The port authority said the pier was safe, but it said the cranes would be replaced.',
    );
    expect(found.at(-1)?.source).toMatchObject({
      text: 'it',
      kind: 'official_body',
      basis: 'pronoun/same-sentence',
    });
  });
});

describe('an outlet quoting its source relays it', () => {
  it('"state television, quoting a police source, said"', () => {
    const c = last('State television, quoting a police source, said the gunman had been caught.');
    expect(c?.source).toMatchObject({ text: 'a police source', kind: 'unnamed_official' });
    expect(c?.source.via).toBe('State television');
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('"..., it said, quoting a security spokesman" after state TV', () => {
    const c = last(
      'A blast hit the depot on Monday, state TV said. || The driver fled on foot, it said, quoting a security spokesman.',
    );
    expect(c?.source).toMatchObject({ text: 'a security spokesman', kind: 'unnamed_official' });
    expect(c?.flags).toContain('state_media');
  });
});

describe('a stance whose clause dropped its "that"', () => {
  it.each<[string, string, Claim['source']['kind'], string]>([
    [
      'Shipping analysts expect the canal will reopen before the holidays.',
      'Shipping analysts',
      'anonymous',
      'the canal will reopen before the holidays',
    ],
    [
      'European diplomats fear the ceasefire could unravel within a week.',
      'European diplomats',
      'unnamed_official',
      'the ceasefire could unravel within a week',
    ],
  ])('%s', (text, source, kind, claim) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ text: source, kind });
    expect(c?.claim).toBe(claim);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('an object after the verb is no clause', () => {
    expect(claims('Shipping analysts expect a slow recovery in the second half.')).toEqual([]);
  });
});

describe('an outlet the article calls state-run is state media', () => {
  it('"the state-run <name> news channel said"', () => {
    const c = last('The state-run Riverside news channel said the dam had held.');
    expect(c?.source).toMatchObject({ kind: 'state_media', basis: 'state-described' });
    expect(c?.flags).toContain('state_media');
  });
});

describe('an act reported "according to" state media', () => {
  it('the outlet is the source of the act', () => {
    const c = last('The premier ordered three days of mourning, according to state television.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'state television' });
    expect(c?.claim).toBe('The premier ordered three days of mourning');
  });
});

describe("a state outlet's commentary or editorial is the outlet speaking", () => {
  it.each(['A Statenews commentary', 'A Statenews editorial'])('%s said ...', (source) => {
    const c = last(`${source} said the harbour talks had failed.`);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: source });
    expect(c?.flags).toContain('state_media');
  });
});

describe('an occasion after the verb is no claim', () => {
  it.each([
    'The ferry will resume on Friday, a port official said in a statement.',
    'The ferry will resume on Friday, state television said in a news briefing to reporters.',
  ])('%s', (text) => {
    expect(last(text)?.claim).toBe('The ferry will resume on Friday');
  });

  it('a claim after the occasion is still the claim', () => {
    expect(
      last('A port official said in a statement that the ferry would resume on Friday.')?.claim,
    ).toBe('the ferry would resume on Friday');
  });
});

describe('unnamed officials identifying someone', () => {
  it('"identified the driver as ..." is the officials\' word', () => {
    const c = last(
      'The official, who asked not to be named, identified the driver as Tomas Okoye, a courier from the port.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.cue).toBe('identified');
  });

  it.each([
    'Most residents identified ethnically as islanders.', // no object: they name themselves
    'Officials found the wreck as divers reached the reef.', // a clause after "as"
  ])('no attribution: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('a closing citation whose source a relative clause describes', () => {
  it.each([
    'Wirely reported that the minister would attend the summit, citing a diplomatic source, who said the talks would start on May 2.',
    'Wirely reported that the minister would attend the summit, citing a diplomatic source who said the talks would start on May 2.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Wirely' });
    expect(c?.claim).toBe('the minister would attend the summit');
  });
});
