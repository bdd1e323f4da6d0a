/** Stage lexicon-head: the lexicon phrase heading a span with no name. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage lexicon-head', () => {
  it.each([
    ['en', 'Officials said the road was closed.', 'unnamed_official'],
    ['en', 'A spokesman said the road was closed.', 'unnamed_official'],
    ['id', 'Sumber di Kementerian Keuangan mengatakan anggaran dipangkas.', 'unnamed_official'],
    ['id', 'Seorang sumber mengatakan anggaran dipangkas.', 'anonymous'],
    ['id', 'Badan Pusat Angka (BPA) menyatakan inflasi turun.', 'official_body'],
    ['en', 'Two boats sank overnight, port and medical sources said.', 'unnamed_official'],
    ['en', 'Two boats sank overnight, security sources said.', 'unnamed_official'],
    ['en', 'A source close to the cabinet said the vote was delayed.', 'unnamed_official'],
    ['en', 'The ruling will be appealed, lawyers said.', 'anonymous'],
    ['id', 'Sumber yang dekat dengan Istana mengatakan rapat ditunda.', 'unnamed_official'],
    ['id', 'Seorang diplomat Eropa mengatakan rapat ditunda.', 'unnamed_official'],
    ['id', 'Pengelola gedung itu menyatakan lift diperbaiki.', 'organization'],
    ['id', 'Seorang pengelola gedung menyatakan lift diperbaiki.', 'anonymous'],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind, basis: 'lexicon-head' });
  });

  it.each([
    'Central bank planners said rates would stay low.',
    'Pentagon planners said the drill would go ahead.',
    'The harbour would stay shut, ministry surveyors said.',
  ])("a body's word before a plural noun for people names its people: %s", (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'unnamed_official',
      basis: 'lexicon-head/body-people',
    });
  });

  it.each(['The ministry surveyed the harbour, officials said.', 'The navy said it left.'])(
    'a body alone stays the body: %s',
    (sentence) => {
      expect(lastSource('en', sentence)?.basis).not.toBe('lexicon-head/body-people');
    },
  );

  it('an acronym right after a trade word is the firm: "car dealer MVX said"', () => {
    expect(lastSource('en', 'Sales fell, car dealer MVX said.')).toMatchObject({
      kind: 'organization',
      basis: 'lexicon-head/trade-acronym',
    });
  });

  it.each([
    ['Someone in the finance ministry said the budget leaked.', 'unnamed_official'],
    ['People in the government said the budget leaked.', 'unnamed_official'],
    ['Some in the party said the budget leaked.', 'unnamed_official'],
    ['Most in the company said the budget leaked.', 'anonymous'],
  ] as const)('people of a body are its officials, of a place unnamed people: %s', (text, kind) => {
    expect(lastSource('en', text)).toMatchObject({ kind, basis: 'lexicon-head/some-in' });
  });

  it.each([
    ['en', 'The convoy was ambushed at dawn, judicial sources said.', 'unnamed_official'],
    ['en', 'A diplomatic source said the envoy would be recalled.', 'unnamed_official'],
    ['en', 'Two intelligence sources said the envoy would be recalled.', 'unnamed_official'],
    ['en', 'Parliamentary sources said the envoy would be recalled.', 'unnamed_official'],
    ['id', 'Sumber intelijen mengatakan kapal itu ditahan di pelabuhan.', 'unnamed_official'],
    ['id', 'Seorang sumber diplomatik mengatakan kapal itu ditahan.', 'unnamed_official'],
    ['en', 'Prices will rise, industry sources and security analysts said.', 'anonymous'],
  ] as const)('a source of a field of state power is an official: %s: %s', (lang, text, kind) => {
    expect(lastSource(lang, text)?.kind).toBe(kind);
  });

  it('a generic description points back to the body named before', () => {
    const source = lastSource(
      'en',
      'The Commerce Department said exports rose.',
      'The department said imports fell.',
    );
    expect(source).toMatchObject({
      kind: 'official_body',
      resolvesTo: 'The Commerce Department',
      basis: 'lexicon-head/points-back',
    });
  });
});

describe('stage lexicon-head: a word for unnamed people inside a title-case name', () => {
  it.each([
    'The charity Nurses Without Frontiers said the clinic was hit.',
    'Campaign group Residents for Clean Air said the plant should close.',
  ])('is the name of an organization: %s', (text) => {
    expect(lastSource('en', text)?.kind).toBe('organization');
  });

  it.each([
    'Residents said the plant should close.',
    'Residents of Eastport said the plant should close.',
  ])('opening the sentence it is still an unnamed source: %s', (text) => {
    expect(lastSource('en', text)?.kind).toBe('anonymous');
  });
});
