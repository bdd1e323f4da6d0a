/**
 * "Darto saat ditemui di Kantor Desa X, Kecamatan Y, Senin (2/6/2025), mengatakan ...": an
 * aside of when or where between the subject and its verb whose place is a list of parts,
 * and "Kepala Humas X, Kombes Budi, saat dihubungi ..., mengatakan": an appositive subject
 * with a rank before the name. The speaker is the subject in both. Sentences written by the
 * team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('Indonesian asides whose place is a list', () => {
  it.each([
    [
      'Darto saat ditemui di Kantor Desa Sukamaju, Kecamatan Cibinong, Senin (2/6/2025), mengatakan warga sudah mengungsi.',
      'Darto',
    ],
    [
      'Wiryo, saat ditemui di rumahnya di Jalan Melati, Semarang, Selasa, menjelaskan bahwa kiosnya terbakar.',
      'Wiryo',
    ],
    [
      'Kepala Desa Sukamaju, Darto, saat ditemui di Balai Desa Sukamaju, Kabupaten Bogor, Jawa Barat, mengatakan air mulai surut.',
      'Kepala Desa Sukamaju, Darto',
    ],
    [
      'Menteri Pertanian Ratna Dewi dalam rapat kerja di Gedung DPR, Senayan, Jakarta, Rabu (4/6/2025), menegaskan stok beras aman.',
      'Menteri Pertanian Ratna Dewi',
    ],
    [
      'Lurah Karanganyar Sutrisno ketika ditemui di kantornya di Kelurahan Karanganyar, Kota Solo, mengaku belum menerima laporan.',
      'Lurah Karanganyar Sutrisno',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });
});

describe('Indonesian appositive subjects with a rank, then an aside', () => {
  it.each([
    [
      'Kepala Bidang Humas Polda Jawa Tengah, Kombes Pol Dwi Santoso, saat dihubungi Daily Planet, Senin (2/6/2025), mengatakan kedua pelaku sudah ditahan.',
      'Kepala Bidang Humas Polda Jawa Tengah, Kombes Pol Dwi Santoso',
    ],
    [
      'Kepala Kepolisian Resor Sleman, AKBP Rina Marlina, saat dihubungi, mengatakan penyidikan masih berjalan.',
      'Kepala Kepolisian Resor Sleman, AKBP Rina Marlina',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });

  it('an aside of when and where is no description of the name', () => {
    const c = onlyClaim(
      'Wiryo, saat ditemui di rumahnya, Senin, mengatakan kiosnya sudah dibuka lagi.',
      'id',
    );
    expect(c?.source.text).toBe('Wiryo');
  });
});

describe('Indonesian appositives whose place has several parts', () => {
  it.each([
    'Wagini, warga RT 03/RW 05, Kelurahan Cempaka, Kecamatan Kota Baru, mengatakan air masuk rumah.',
    'Wagini, warga Kelurahan Cempaka, Kecamatan Kota Baru, Jambi Timur, mengatakan air masuk rumah.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Wagini');
  });
});
