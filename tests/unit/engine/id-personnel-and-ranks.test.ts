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

describe("junior ranks, corps and initials in an officer's name", () => {
  it.each([
    [
      '"Situasi aman," kata Dandim 0712 Letkol Inf Rahmat Hidayat.',
      'Rahmat Hidayat',
      'Dandim 0712 Letkol Inf',
    ],
    ['Mayor Pnb Andi Saputra mengatakan pesawat itu sudah diperiksa.', 'Andi Saputra', 'Mayor Pnb'],
    ['"Pelaku kabur ke arah sawah," ujar Bripka Joko Susilo.', 'Joko Susilo', 'Bripka'],
    [
      '"Tidak ada korban," ujar Kapolsek Tanah Merah Kompol Rudi SA Prasetyo.',
      'Rudi SA Prasetyo',
      'Kapolsek Tanah Merah Kompol',
    ],
  ])('%s', (text, name, role) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
    expect(claim?.source.role).toBe(role);
  });
});
