/**
 * After a verb-first cue, a word or two in no lexicon may say what the person is before the
 * name ("said striker Tom Jones"): the person is the source, with the description. Without a
 * name after them the words are no source. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

const claims = (text: string, lang: 'en' | 'id') =>
  analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry }).claims;

describe('a described person after the verb', () => {
  it.each([
    ['"The pitch was heavy," said midfielder Owen Clarke.', 'en', 'midfielder Owen Clarke'],
    ['"It sold out in an hour," said bookseller Mara Quint.', 'en', 'bookseller Mara Quint'],
    ['"Panggungnya bagus," ujar penyanyi Lestari Wulan.', 'id', 'penyanyi Lestari Wulan'],
    // An unnamed description, then the person's name after a comma: the person speaks.
    [
      '"The wall fell," said one of the neighbours, Mei Lan.',
      'en',
      'one of the neighbours, Mei Lan',
    ],
    [
      '"Airnya naik cepat," kata salah seorang warga, Siti Rohmah.',
      'id',
      'salah seorang warga, Siti Rohmah',
    ],
  ] as const)('%s', (text, lang, source) => {
    const [claim] = claims(text, lang);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.text).toBe(source);
  });

  it.each([
    ['"The pitch was heavy," said several tired players.', 'en'],
    ['"Panggungnya bagus," ujar beberapa penonton yang pulang.', 'id'],
  ] as const)('no named person without a name: %s', (text, lang) => {
    for (const claim of claims(text, lang)) expect(claim.source.kind).not.toBe('named_person');
  });
});

describe('words before the verb that are no source', () => {
  it('leave no unnamed source without a relative clause to carry the description', () => {
    const [claim] = claims('Officials could not be reached to confirm the reports.', 'en');
    expect(claim?.source.kind).not.toBe('unnamed_official');
  });
});

describe('a described source closing the sentence after a comma', () => {
  it.each([
    ['The ferry reopened on Tuesday, shipping agent Norvik said.', 'shipping agent Norvik'],
    ['The ferry reopened on Tuesday, port operator Norvik said.', 'port operator Norvik'],
    ['The ferry reopened on Tuesday, van Dalen said.', 'van Dalen'],
  ])('%s', (text, source) => {
    const found = claims(text, 'en');
    expect(found).toHaveLength(1);
    expect(found[0]?.source.text).toBe(source);
    expect(found[0]?.claim).toBe('The ferry reopened on Tuesday');
  });

  it('words of the claim without a comma stay in the claim', () => {
    const found = claims('The ferry reopened on Tuesday after repairs, Norvik said.', 'en');
    expect(found[0]?.source.text).toBe('Norvik');
  });
});
