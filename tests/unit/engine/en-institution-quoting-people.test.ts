/**
 * "The ministry, quoting a senior official, said ...": an institution passing on one of its
 * people's words, as an outlet does, leaves the person as the speaker. What it cites that is
 * no person (a survey, another body) leaves the institution the speaker. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string, lang: 'en' | 'id' = 'en'): Claim | undefined => lastClaim(text, lang);

describe('an institution quoting a person', () => {
  it.each([
    ['The ministry, quoting a senior official, said the dam would reopen.', 'unnamed_official'],
    ['The ministry said, citing a senior official, that the dam would reopen.', 'unnamed_official'],
    ['The dam would reopen, the ministry said, citing a senior official.', 'unnamed_official'],
    ['The dam would reopen, the firm said on Monday, quoting an engineer.', 'anonymous'],
    ['The ministry, quoting Deputy Minister Tom Hale, said the dam would reopen.', 'named_person'],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toMatch(/^[Tt]he dam would reopen$/);
    expect(c?.source.via ?? null).toBeNull();
  });

  it('Indonesian too: "Kementerian, mengutip seorang pejabat, mengatakan ..."', () => {
    const c = last(
      'Kementerian Perhubungan, mengutip seorang pejabat, mengatakan bendungan itu dibuka lagi.',
      'id',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('an institution citing no person stays the speaker', () => {
  it.each([
    'The dam would reopen, the ministry said, citing a new survey.',
    'The dam would reopen, the ministry said, citing the police.',
    'The ministry, citing a new survey, said the dam would reopen.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('a person cited after the claim may be its reason: the institution speaks', () => {
    const c = last('The ministry said the vote was delayed, citing senior officials.');
    expect(c?.source.kind).toBe('official_body');
  });

  it('a named person citing officials is still the speaker', () => {
    const c = last('Jane Roe, citing senior officials, said the dam would reopen.');
    expect(c?.source.kind).toBe('named_person');
  });
});
