/** The story's dateline is no part of its first sentence's source or claim (core/dateline.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { datelineLength } from '@/core/dateline';
import { testRegistry } from './helpers';

const bodies = new Set(['nato', 'unicef']);
const cut = (text: string) =>
  text.slice(
    0,
    datelineLength(text, (w) => bodies.has(w)),
  );

describe('datelineLength', () => {
  it.each([
    ['OSLO Harbour pilots said the channel was closed.', 'OSLO '],
    ['SANTA CRUZ A senior official said the dam held.', 'SANTA CRUZ '],
    ['RIGA/VILNIUS The two ministers met.', 'RIGA/VILNIUS '],
    ['MILLBROOK, Ont. A school bus slid off the road.', 'MILLBROOK, Ont. '],
    ['PERTH, Western Australia Fire crews said the blaze spread.', 'PERTH, Western Australia '],
    ['LYON (Wirely) - Police said two men fled.', 'LYON (Wirely) - '],
    ['MEDAN, WARTAKITA.com - Wali kota mengatakan jalan ditutup.', 'MEDAN, WARTAKITA.com - '],
    ['Medan, Wartakita.com - Wali kota mengatakan jalan ditutup.', 'Medan, Wartakita.com - '],
    ['KUPANG "We stay," the fishermen said.', 'KUPANG '],
  ])('%s', (text, dateline) => {
    expect(cut(text)).toBe(dateline);
  });

  it.each([
    'U.S. President Anna Berg said the talks would go on.', // two letters, dotted: no place
    'UN observers said the vote was fair.',
    'NATO Secretary General Jon Dahl said the drill went well.', // a body of the language
    'OPEC said output would rise.', // the next word is no sentence start
    'Menurut Budi, Harga - Naik lagi.', // a place in lower case needs an outlet
    'Police in Oslo said the road was closed.',
    'PMK 8 Tahun 2019 menyatakan bahwa tarif naik.', // capitals before a number: a name
  ])('none: %s', (text) => {
    expect(cut(text)).toBe('');
  });
});

describe('the engine leaves the dateline out', () => {
  const claims = (...paragraphs: string[]) =>
    analyze(
      { blocks: paragraphs.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'en', registry: testRegistry },
    ).claims;

  it("of the first paragraph's source and claim; the sentence stays the page's", () => {
    const [claim] = claims('OSLO The channel was closed after the storm, harbour pilots said.');
    expect(claim?.source.text).toBe('harbour pilots');
    expect(claim?.source.kind).toBe('anonymous');
    expect(claim?.claim).toBe('The channel was closed after the storm');
    expect(claim?.sentence).toBe(
      'OSLO The channel was closed after the storm, harbour pilots said.',
    );
    expect(claim?.offset).toBe(0);
    const [first] = claims('OSLO Harbour pilots said the channel was closed.');
    expect(first?.source.text).toBe('Harbour pilots');
  });

  it("only in the story's first paragraph", () => {
    const [, second] = claims(
      'The channel was closed, the mayor said.',
      'OSLO Harbour pilots said the storm had passed.',
    );
    expect(second?.source.text).toContain('OSLO');
  });
});
