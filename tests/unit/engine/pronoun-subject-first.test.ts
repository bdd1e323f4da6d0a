/** "Menteri Luar Negeri X menerima Duta Besar Jepang Y. Ia mengatakan ...": of two people a
 * sentence quoting no one names, its subject is who a pronoun after it stands for, not the
 * one named last. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('the subject of the sentence before, over its object', () => {
  it.each([
    [
      'id',
      'Menteri Perhubungan Dewi Kartika menerima Duta Besar Belanda Pieter Smit di Jakarta. || ' +
        'Ia mengatakan kerja sama pelabuhan akan diperluas.',
      'Dewi Kartika',
    ],
    [
      'en',
      'Transport Minister Dewi Kartika received Dutch Ambassador Pieter Smit in Jakarta. || ' +
        'She said port cooperation would grow.',
      'Dewi Kartika',
    ],
  ] as const)('%s: %s', (lang, text, name) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: name,
    });
  });

  it('a speaker quoted since is still the one meant', () => {
    const claim = lastClaim(
      'Menteri Perhubungan Dewi Kartika menerima Duta Besar Belanda Pieter Smit di Jakarta. || ' +
        'Duta Besar Belanda Pieter Smit mengatakan kapal keruk akan dikirim. || ' +
        'Ia menambahkan pelatihan juga disiapkan.',
      'id',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Pieter Smit' });
  });
});
