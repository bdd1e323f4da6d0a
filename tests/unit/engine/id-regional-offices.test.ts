/**
 * "Dinkes Kota Sukamaju mencatat ...", "Satpol PP menyatakan ...": a regional office by its
 * short name is an official body, not a person; in a role's phrase ("Kepala Dishub Kota X
 * Nama") the capitalised word after it is the place, so the name read back later is the
 * person's own. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const only = (text: string) => storyClaims(text, 'id')[0];

describe('regional offices by their short names', () => {
  for (const office of ['Dinkes', 'Disdik', 'Dishub', 'Bappeda', 'Satpol PP', 'Inspektorat']) {
    it(`"${office} Kota Lembahsari ..." is an official body`, () => {
      const c = only(`${office} Kota Lembahsari menyatakan program itu berjalan baik.`);
      expect(c?.source.kind).toBe('official_body');
      expect(c?.source.text).toBe(`${office} Kota Lembahsari`);
    });
  }

  it('after "menurut", alone', () => {
    expect(only('Menurut Dinkes, kasus demam berdarah naik.')?.source.kind).toBe('official_body');
  });

  it('the head of the office keeps the name, and the place stays out of it', () => {
    const claims = storyClaims(
      'Kepala Dinkes Lembahsari Wulan Pertiwi mengatakan anggaran cukup. || Wulan menambahkan, program dimulai Maret.',
      'id',
    );
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe('Wulan Pertiwi');
  });
});
