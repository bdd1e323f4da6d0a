import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { onlyClaim, testRegistry } from '../helpers';

const only = (text: string) => onlyClaim(text, 'en');

describe('act-relayed', () => {
  it('an act told by an outlet: the outlet is the source, the act the claim', () => {
    expect(
      only('The governor declared a week of mourning for the miners, according to state media.'),
    ).toMatchObject({
      cue: 'according to',
      claim: 'The governor declared a week of mourning for the miners',
      source: { kind: 'state_media', text: 'state media' },
      flags: ['state_media'],
    });
  });

  it.each([
    'The governor said the mine would reopen, according to state media.', // a clause
    'The governor said on Monday the mine had flooded, according to state media.', // an auxiliary
    'The governor said "the mine is safe", according to state media.', // a quotation
    'The governor said the rescue succeeded, according to state media.', // a verb of words
  ])('words after the verb: the speaker stays the source, via the outlet: %s', (text) => {
    const c = only(text);
    expect(c?.cue).toBe('said');
    expect(c?.source.via).toBe('state media');
    expect(c?.flags).toContain('state_media');
  });
});

describe('act-relayed: the outlet also quotes the speaker', () => {
  it('"according to state media, which quoted him as saying ...": the act and the words', () => {
    const report = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'The governor declared three days of mourning, according to state media, which also quoted him as saying the mine would be rebuilt.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(report.claims).toHaveLength(2);
    expect(report.claims[0]).toMatchObject({
      cue: 'according to',
      source: { kind: 'state_media', text: 'state media' },
    });
    expect(report.claims[1]).toMatchObject({
      claim: 'the mine would be rebuilt',
      source: { kind: 'unnamed_official', text: 'The governor', via: 'state media' },
    });
    expect(report.claims[1]?.flags).toContain('state_media');
  });
});

describe('act-relayed: a verb of telling after its words', () => {
  it('"<claim>, X told <listener>, according to <outlet>": the speaker, via the outlet', () => {
    expect(
      only(
        'The mine will reopen next year, the governor told miners at the site, according to state media.',
      ),
    ).toMatchObject({
      cue: 'told',
      claim: 'The mine will reopen next year',
      source: { text: 'the governor', via: 'state media' },
    });
  });

  it("an opening phrase is no claim: the act is still the outlet's", () => {
    expect(
      only('On Monday, the governor told miners of a week of mourning, according to state media.'),
    ).toMatchObject({ cue: 'according to', source: { kind: 'state_media' } });
  });
});

describe('act-relayed: Indonesian verbs that take only words', () => {
  it.each([
    'Kementerian Pertanian menegaskan menolak rencana impor itu, menurut Statenews.',
    'Gubernur itu menjelaskan penyebab banjir, menurut media pemerintah.',
  ])('the speaker stays the source, via the outlet: %s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).not.toBe('state_media');
    expect(c?.source.via).toBeTruthy();
    expect(c?.flags).toContain('state_media');
  });

  it("a deed told by the outlet is the outlet's", () => {
    const c = onlyClaim('Gubernur itu menyatakan keadaan darurat, menurut media pemerintah.', 'id');
    expect(c?.source.kind).toBe('state_media');
  });
});
