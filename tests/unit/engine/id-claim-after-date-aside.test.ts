/**
 * "X mengatakan, Senin (8/12), ...", "Seperti dilansir Wirely, Selasa (9/12), ...": a day set
 * off by commas right after the verb or the source dates the words, so the claim starts after
 * it. A year alone may date what was said and stays. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const claim = (text: string, lang: 'en' | 'id' = 'id') => onlyClaim(text, lang)?.claim;

describe('a date set off by commas before the claim', () => {
  it.each([
    [
      'Kapolres Bogor Indra Kusuma mengatakan, Senin (8/12), pelaku sudah ditangkap.',
      'pelaku sudah ditangkap',
    ],
    [
      'Seperti dilansir Wirely, Senin (8/12), pemerintah menunda pemilu.',
      'pemerintah menunda pemilu',
    ],
    [
      'Menurut Statenews, Kamis (11/12), uji coba rudal itu berhasil.',
      'uji coba rudal itu berhasil',
    ],
    [
      'Statenews melaporkan, Selasa (9/12), bahwa ekspor naik lima persen.',
      'ekspor naik lima persen',
    ],
  ])('%s', (text, expected) => {
    expect(claim(text)).toBe(expected);
  });

  it('English: a day after "said"', () => {
    expect(claim('The ministry said, on Monday, that the plan failed.', 'en')).toBe(
      'the plan failed',
    );
  });

  it('a year alone stays in the claim', () => {
    expect(claim('Budi Hartono mengatakan, pada 2020, pelaku sudah ditangkap.')).toBe(
      'pada 2020, pelaku sudah ditangkap',
    );
  });
});
