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
