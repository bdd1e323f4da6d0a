/** Stage outlet: a registry outlet is the source unless a person is named apart from it. */
import { describe, expect, it } from 'vitest';
import { outlet } from '@/core/source/stages/outlet';
import { decide, lastSource } from './helpers';

describe('stage outlet', () => {
  it.each([
    [
      'A report by the agency, a copy of which was seen by Wirely, says the port will close.',
      'document',
    ],
    ['Port staff, many of whom spoke to Wirely, say the port will close.', 'anonymous'],
    ['The memo, which was seen by the Daily Planet, says the port will close.', 'document'],
  ] as const)('an outlet in a clause about the head is no source: %s', (sentence, kind) => {
    expect(lastSource('en', sentence)?.kind).toBe(kind);
  });

  it.each([
    ['en', 'Statenews said the harvest was a record.', 'state_media', 'statenews'],
    ['en', 'The Daily Planet said the harvest was a record.', 'media', 'daily-planet'],
    ['id', 'Wirely melaporkan panen tahun ini memecahkan rekor.', 'media', 'wirely'],
  ] as const)('%s: %s', (lang, sentence, kind, id) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind, outlet: id, basis: 'outlet' });
  });

  it.each([
    'Wirely correspondent Tom Hale said the harvest was a record.',
    "The Daily Planet's Jane Ross said the harvest was a record.",
  ])('a person named apart from the outlet is the person: %s', (sentence) => {
    const source = lastSource('en', sentence);
    expect(source).toMatchObject({ kind: 'named_person', basis: 'named-person' });
    expect(decide(outlet, sentence, sentence.slice(0, sentence.indexOf(' said')), 'en')).toBeNull();
  });

  it.each([
    ['Menurut sumber Wirely, rapat itu berlangsung tertutup.', 'anonymous'],
    ['Sumber Wirely di kementerian menyebut rapat itu ditunda.', 'unnamed_official'],
    ['"Rapat itu ditunda," ujar salah satu sumber Wirely di kementerian.', 'unnamed_official'],
    ['Salah seorang sumber Wirely menyebut rapat itu ditunda.', 'anonymous'],
  ] as const)("the outlet's unnamed source: %s", (sentence, kind) => {
    expect(lastSource('id', sentence)).toMatchObject({
      kind,
      outlet: 'wirely',
      basis: 'outlet/source-noun',
    });
  });

  it.each([
    'Kepala Humas Perumda Pasar Sentosa, Wirely Hartono, menyatakan harga stabil.',
    'Kepala Humas Perumda Pasar Sentosa Wirely Hartono menyatakan harga stabil.',
    'Pemimpin Redaksi Wirely Dewi Lestari menyatakan harga stabil.',
  ])('after a role, capitals running on past the outlet end in a person: %s', (sentence) => {
    expect(lastSource('id', sentence)).toMatchObject({ kind: 'named_person' });
  });

  it('with no role, the outlet stays the source', () => {
    expect(lastSource('id', 'Wirely melaporkan harga stabil.')).toMatchObject({ kind: 'media' });
  });
});
