/** Indonesian charges: "mengkritik X karena ...", "mengecam X atas ...", "mengecam X sebagai
 * ..." say words; the bare object ("mengkritik kebijakan itu") says none. "Saling" between the
 * source and its verb ("kedua pihak saling menuduh") is no part of the source. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Mogok awak kapal feri memasuki pekan ketiga pada Senin.';

function claimsOf(text: string) {
  return paragraphClaims('id', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('a charge after the object', () => {
  it.each([
    [
      'Ketua serikat itu mengkritik direksi karena lambat membayar upah.',
      'mengkritik',
      'direksi karena lambat membayar upah',
    ],
    [
      'Wali kota mengecam direksi atas pembatalan perundingan.',
      'mengecam',
      'direksi atas pembatalan perundingan',
    ],
    ['Wali kota mengecam mogok itu sebagai pemerasan.', 'mengecam', 'mogok itu sebagai pemerasan'],
  ])('%s', (text, cue, claim) => {
    const [c] = claimsOf(text);
    expect(c?.[0]).toBe(cue);
    expect(c?.[2]).toBe(claim);
  });

  it.each(['Wali kota mengkritik kebijakan tersebut.', 'Wali kota mengecam keras mogok itu.'])(
    'no claim: %s',
    (text) => {
      expect(claimsOf(text)).toEqual([]);
    },
  );
});

describe('saling before the verb', () => {
  it('is no part of the source', () => {
    const [c] = claimsOf('Kedua pihak saling menuduh melanggar kesepakatan.');
    expect(c?.[0]).toBe('menuduh');
    expect(c?.[1]).toBe('Kedua pihak');
  });
});
