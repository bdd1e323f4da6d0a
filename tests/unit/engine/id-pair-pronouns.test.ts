/** "Keduanya / Ketiganya mengatakan": the people named in the sentence before, together. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const lastOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs).at(-1);

describe('"keduanya" as a speaker', () => {
  it('is the two people named in the sentence before', () => {
    const claim = lastOf(
      'Banjir merendam Desa Sukamaju sejak Minggu.',
      'Kepala Desa Sukamaju, Made Suarta, dan Camat Tirtajaya, Lina Marlina, meninjau lokasi pada Senin. Keduanya mengatakan warga membutuhkan bantuan makanan.',
    );
    expect(claim?.claim).toBe('warga membutuhkan bantuan makanan');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.text).toBe('Keduanya');
    expect(claim?.source.resolvesTo).toBe('Made Suarta dan Lina Marlina');
    expect(claim?.source.basis).toBe('pronoun/named-pair');
  });

  it('also two names seen only in passing, in their own paragraph', () => {
    const claim = lastOf(
      'Penyanyi Laras Wening tutup usia pada Kamis.',
      'Bima Aditya dan Ucok Sitompul juga mengirim karangan bunga ke rumah duka.',
      'Keduanya menyebut Laras sebagai sahabat yang murah hati.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Bima Aditya dan Ucok Sitompul');
  });

  it('a one-word name in the list opening the sentence before, one of them noted', () => {
    const claim = lastOf(
      'Penyanyi Laras Wening tutup usia pada Kamis.',
      'Bima Aditya dan Ucok juga mengirim karangan bunga ke rumah duka.',
      'Keduanya menyebut Laras sebagai sahabat yang murah hati.',
    );
    expect(claim?.source.resolvesTo).toBe('Bima Aditya dan Ucok');
  });

  it('each of the pair quoted after it is that one person, not the pair', () => {
    const claims = paragraphClaims(
      'id',
      'Penyanyi Laras Wening tutup usia pada Kamis.',
      'Bima Aditya dan Ucok juga mengirim karangan bunga ke rumah duka.',
      'Keduanya menyebut Laras sebagai sahabat yang murah hati.',
      '"Selamat jalan, kawan," tulis Bima di Instagram.',
      '"Kami kehilangan," tulis Ucok.',
    );
    expect(claims.at(-2)?.source.name).toBe('Bima Aditya');
    expect(claims.at(-1)?.source.name).toBe('Ucok');
  });

  it('no list read where the sentence before opens with a role', () => {
    const claim = lastOf(
      'Kepala Desa Sukamaju dan Rina Wulandari meninjau lokasi. Keduanya mengatakan jalan itu licin.',
    );
    expect(claim?.source.basis).toBe('pronoun/unresolved');
  });

  it('"ketiganya" is the three named', () => {
    const claim = lastOf(
      'Rudi Hartono, Sinta Dewi dan Agus Salim mengunjungi pasar itu pada Selasa. Ketiganya mengatakan harga cabai sudah turun.',
    );
    expect(claim?.source.resolvesTo).toBe('Rudi Hartono, Sinta Dewi dan Agus Salim');
  });

  it('with fewer than two people named just before, a named person left unresolved', () => {
    const claim = lastOf(
      'Hujan deras turun di Lembah Hijau sejak pagi. Keduanya mengatakan jalan itu licin.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBeNull();
    expect(claim?.source.basis).toBe('pronoun/unresolved');
  });
});
