/**
 * English wire copy: long appositives holding a hyphen glued to an abbreviation, and
 * countries, capitals and intergovernmental bodies speaking as institutions. Sentences are
 * the team's own; the whole pipeline runs on each.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

type Kind = Claim['source']['kind'];

describe('a hyphen glued to an abbreviation does not end an appositive', () => {
  it.each<[string, string]>([
    [
      'Lena Moss, head of research at the U.S.-based Centre for Safer Roads, said crashes fell.',
      'Lena Moss, head of research at the U.S.-based Centre for Safer Roads',
    ],
    [
      "Omar Haddad, Jordan's envoy and the cabinet's delegate to U.N.-backed talks, said the plan failed.",
      "Omar Haddad, Jordan's envoy and the cabinet's delegate to U.N.-backed talks",
    ],
  ])('%s', (text, source) => {
    const c = lastClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', text: source });
  });

  it('a spaced dash still ends the search: no appositive reaches over it', () => {
    const c = lastClaim('The talks broke down - Omar Haddad, an envoy, said on Monday.', 'en');
    expect(c?.source.text).toBe('Omar Haddad, an envoy');
  });
});

describe('countries, capitals and intergovernmental bodies speak as institutions', () => {
  it.each<[string, Kind, string]>([
    ['Greece has reported a rise in asylum requests.', 'official_body', 'Greece'],
    ['Baku admitted that one of its drones was lost.', 'official_body', 'Baku'],
    ['Norway said it would send two more ships.', 'official_body', 'Norway'],
    ['The IMF said growth would slow to 2 percent.', 'official_body', 'The IMF'],
    ['UNICEF said 40 schools had been damaged.', 'official_body', 'UNICEF'],
    ['The U.N. said the camps were full.', 'official_body', 'The U.N.'],
    ['The World Bank said growth would slow.', 'official_body', 'The World Bank'],
    ['A U.N. official said the convoy was stopped.', 'unnamed_official', 'A U.N. official'],
    ['A U.N. report said the convoy was stopped.', 'document', 'A U.N. report'],
  ])('%s', (text, kind, source) => {
    expect(lastClaim(text, 'en')?.source).toMatchObject({ kind, text: source });
  });

  it('a first name that is also a country stays a person with a role', () => {
    const c = lastClaim('"We will grow," said network chief executive Kenya Moss.', 'en');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a body, official or group placed "in the city of X"', () => {
  it.each<[string, Kind, string]>([
    [
      'The talks failed, police in the town of Ashby said.',
      'official_body',
      'police in the town of Ashby',
    ],
    [
      "Norway's consulate in the Baltic port of Riga said two men were held.",
      'official_body',
      "Norway's consulate in the Baltic port of Riga",
    ],
    [
      'Officials in the province of Tarn said the roads were closed.',
      'unnamed_official',
      'Officials in the province of Tarn',
    ],
  ])('%s', (text, kind, source) => {
    expect(lastClaim(text, 'en')?.source).toMatchObject({ kind, text: source });
  });
});

describe('the role before "to" speaks, not the person it serves', () => {
  it.each<[string, string]>([
    ['An aide to the president said the deal was close.', 'An aide to the president'],
    [
      'The deal is close, a senior adviser to the minister said.',
      'a senior adviser to the minister',
    ],
  ])('%s', (text, source) => {
    const story = `President Tom Bell visited the port on Monday. || ${text}`;
    expect(lastClaim(story, 'en')?.source).toMatchObject({
      kind: 'unnamed_official',
      text: source,
    });
  });
});

describe('descriptions of companies and offices', () => {
  it.each<[string, Kind, string]>([
    [
      'The talks failed, the German automaker said on Monday.',
      'organization',
      'the German automaker',
    ],
    ['The loan was repaid, the Italian lender said.', 'organization', 'the Italian lender'],
    [
      'Regulators are looking at its books, the Korean e-commerce giant said.',
      'organization',
      'the Korean e-commerce giant',
    ],
    [
      "According to Norway's civil aviation chief, the plane turned west.",
      'unnamed_official',
      "Norway's civil aviation chief",
    ],
    ['A security source said the blast killed four.', 'unnamed_official', 'A security source'],
  ])('%s', (text, kind, source) => {
    expect(lastClaim(text, 'en')?.source).toMatchObject({ kind, text: source });
  });
});

describe('a survey named by its date', () => {
  it.each([
    ['According to the May survey, most voters back the plan.', 'the May survey'],
    ['According to the June 2-6 poll, most voters back the plan.', 'the June 2-6 poll'],
    [
      'According to a June poll of likely voters, most back the plan.',
      'a June poll of likely voters',
    ],
    ['A survey of 500 farmers said the river was safe.', 'A survey of 500 farmers'],
  ])('%s', (text, source) => {
    expect(lastClaim(text, 'en')?.source).toMatchObject({ kind: 'document', text: source });
  });

  it('a day after the verb is still no source', () => {
    expect(lastClaim('The plan will pass, the mayor said Monday.', 'en')?.source.text).toBe(
      'the mayor',
    );
  });
});

describe('an aside between spaced dashes before the verb', () => {
  it.each<[string, Kind, string]>([
    [
      'A fighter from the Green Front - which is not part of the truce - said it was pushing south.',
      'anonymous',
      'A fighter from the Green Front',
    ],
    [
      'The ministry – which runs the camps – said the roads were shut.',
      'official_body',
      'The ministry',
    ],
    // Commas of its own inside the aside, and a dash typed as two hyphens.
    [
      'Many residents — sailors, fishermen, nurses — said the loss was hard to bear.',
      'anonymous',
      'Many residents',
    ],
    [
      'The dockworkers union — which has members in Lowick, Avon and Dunmore — said the strike would go on.',
      'organization',
      'The dockworkers union',
    ],
    [
      'The mayor -- who has clashed with the port board over the past weeks -- said she would stay.',
      'unnamed_official',
      'The mayor',
    ],
  ])('%s', (text, kind, source) => {
    expect(lastClaim(text, 'en')?.source).toMatchObject({ kind, text: source });
  });
});
