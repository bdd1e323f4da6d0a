/** "kata Ketua DPRD Sukamaju dari Fraksi X, Joko Susilo": after a role held over a place, the
 * place is no one's name; the person named after the rest of the office is the speaker. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Banjir merendam ratusan rumah di Lembah Hijau sejak Minggu.';
const sourceOf = (text: string) => paragraphClaims('id', LEAD, text).at(-1)?.source;

describe('a jurisdiction role, its place, "dari" and more of the office after the verb', () => {
  it.each([
    [
      '"Dana darurat sudah siap," ujar Ketua DPRD Sukamaju dari Fraksi Partai Pelangi Joko Susilo.',
      'Joko Susilo',
      'Ketua DPRD Sukamaju dari Fraksi Partai Pelangi',
    ],
    [
      '"Jalan harus segera diperbaiki," kata Anggota DPRD Lembah Hijau dari Fraksi Partai Pelangi, Rina Marlina, Senin.',
      'Rina Marlina',
      'Anggota DPRD Lembah Hijau dari Fraksi Partai Pelangi',
    ],
  ])('%s', (text, name, role) => {
    const source = sourceOf(text);
    expect(source?.kind).toBe('named_person');
    expect(source?.name).toBe(name);
    expect(source?.role).toBe(role);
  });

  it('the same phrase before the verb (already read whole)', () => {
    const source = sourceOf(
      'Ketua DPRD Sukamaju dari Fraksi Partai Pelangi, Joko Susilo, mengatakan dana darurat sudah siap.',
    );
    expect(source?.name).toBe('Joko Susilo');
  });

  it('a place after the name still places the speaking, not the speaker', () => {
    const source = sourceOf(
      '"Kami siap membantu," kata Kepala Dinas Sosial Lembah Hijau Andi Firmansyah di Makassar, Senin.',
    );
    expect(source?.text).toBe('Kepala Dinas Sosial Lembah Hijau Andi Firmansyah');
    expect(source?.name).toBe('Andi Firmansyah');
  });

  it('a place after the role with no name after the comma is not taken in', () => {
    const source = sourceOf('"Kami siap membantu," kata Ketua DPRD Sukamaju di Jakarta, Senin.');
    expect(source?.text).toBe('Ketua DPRD Sukamaju');
  });
});
