/**
 * English wire copy: speakers and verbs found missed in real stories, as classes. Sentences
 * are the team's own; the whole pipeline runs on each.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

type Kind = Claim['source']['kind'];

function expectSource(text: string, kind: Kind, source: string, cue?: string) {
  const c = lastClaim(text, 'en');
  expect(c, 'no claim').toBeDefined();
  expect(c!.source).toMatchObject({ kind, text: source });
  if (cue) expect(c!.cue).toBe(cue);
}

describe('a discourse word set off by commas between the source and its verb', () => {
  it.each<[string, Kind, string]>([
    ['Legal scholars, however, say the law cannot stand.', 'anonymous', 'Legal scholars'],
    ['The ministry, meanwhile, said the border would stay shut.', 'official_body', 'The ministry'],
    [
      'Trade minister Lina Berg, meanwhile, said the deal was fair.',
      'named_person',
      'Trade minister Lina Berg',
    ],
  ])('%s', (text, kind, source) => expectSource(text, kind, source));
});

describe('adverbs of manner and duration between the source and its verb', () => {
  it.each<[string, Kind, string]>([
    ['Norway has long argued it needs more data.', 'official_body', 'Norway'],
    ['Lina Berg has steadfastly denied any wrongdoing.', 'named_person', 'Lina Berg'],
    ['The embassy flatly denied the report.', 'official_body', 'The embassy'],
  ])('%s', (text, kind, source) => expectSource(text, kind, source));
});

describe('words for unnamed people', () => {
  it.each<[string, string]>([
    ['Asked about the flood, the man said: "We saw nothing."', 'the man'],
    ['A woman at the market said prices had doubled.', 'A woman at the market'],
    ['Exiles say the regime is losing support.', 'Exiles'],
    [
      'One of the senior clerics told the crowd that the law would change.',
      'One of the senior clerics',
    ],
    ['A television crew said gunfire was heard near the port.', 'A television crew'],
    ['Rights groups and exiles say the arrests were arbitrary.', 'Rights groups and exiles'],
  ])('%s', (text, source) => expectSource(text, 'anonymous', source));
});

describe('", say X" after the claim', () => {
  it('reads the source after the plural verb', () => {
    expectSource(
      'The group often turns up in court with its backers, say defence lawyers.',
      'anonymous',
      'defence lawyers',
      'say',
    );
  });

  it.each([
    'Prices could rise by, say, ten percent next year.',
    'A small rise, say ten percent, would hurt farmers.',
  ])('"say" as "for example" is no cue: %s', (text) => {
    expect(lastClaim(text, 'en')).toBeUndefined();
  });
});

describe('accuse, concede, express concern that', () => {
  it.each<[string, Kind, string, string]>([
    ['Prosecutors accuse the mayor of hiding the funds.', 'official_body', 'Prosecutors', 'accuse'],
    [
      'The agency concedes the system has never been tested.',
      'official_body',
      'The agency',
      'concedes',
    ],
    [
      'The White House has expressed concern that the troops were moved.',
      'official_body',
      'The White House',
      'expressed concern',
    ],
  ])('%s', (text, kind, source, cue) => expectSource(text, kind, source, cue));

  it('a concern with no clause is no claim', () => {
    expect(lastClaim('The embassy expressed concern about the weather.', 'en')).toBeUndefined();
  });
});

describe("an object, a coordinator, then the next clause's subject", () => {
  it.each<[string, Kind, string]>([
    [
      'Some experts doubted the plan and the army concedes it was never tested.',
      'official_body',
      'the army',
    ],
    [
      'The rocket was launched by the rebels and the ministry says it was shot down.',
      'official_body',
      'the ministry',
    ],
  ])('%s', (text, kind, source) => expectSource(text, kind, source));
});

describe('a plain word before a role noun after the verb', () => {
  it.each<[string, string]>([
    ['"The roads are safe," said march organiser Tom Fell.', 'march organiser Tom Fell'],
    ['"The roads are safe," said parade steward Tom Fell.', 'parade steward Tom Fell'],
  ])('%s', (text, source) => expectSource(text, 'named_person', source));

  it('a day after the verb stays out', () => {
    expectSource('The roads are safe, the mayor said on Monday.', 'unnamed_official', 'the mayor');
  });
});

describe('"states" as a noun is no cue', () => {
  it.each([
    'The rebels are backed by Norway, other Arab states and Chile.',
    'In Ohio and several states, the vote came too late.',
    'Like many other former Soviet states, it has a strong science tradition.',
  ])('%s', (text) => {
    expect(lastClaim(text, 'en')).toBeUndefined();
  });

  it('the verb still attributes', () => {
    expectSource(
      'The report states that no one may be held without charge.',
      'document',
      'The report',
    );
  });
});

describe('the phrase a relative clause hangs on speaks', () => {
  it.each<[string, Kind, string]>([
    ['Medics who treated the victims said many had burns.', 'anonymous', 'Medics'],
    [
      'Gulf states that want the general gone have said they would send troops.',
      'official_body',
      'Gulf states',
    ],
  ])('%s', (text, kind, source) => expectSource(text, kind, source));
});
