/**
 * "Personel TNI AU yang bertugas": a force's personnel are its unnamed officials, not the
 * force speaking; "Marsma" is an air force rank before a name. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Sebuah pesawat latih tergelincir di Pangkalan Udara Tanjung Awan pada Rabu malam.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('personnel of a force', () => {
  it.each([
    ['Personel TNI AU yang bertugas membenarkan kejadian itu.'],
    ['"Kami evakuasi dua awak," kata personel Basarnas.'],
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });
});

describe('an air force rank before a name', () => {
  it('is no part of the name', () => {
    const claim = last(
      'Kepala Dinas Penerangan TNI AU, Marsma Yudha Pratama, mengatakan kedua awak selamat.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Yudha Pratama');
  });
});
