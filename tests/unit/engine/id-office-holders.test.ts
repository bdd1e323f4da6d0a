/**
 * Indonesian names a person again by the whole office ("Menteri Keuangan menambahkan" after
 * "Menteri Keuangan Sri Wahyuni"): with no article to point back, the office written out is
 * the person named with it before, not an unnamed official. An office no one was named with
 * stays unnamed. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const last = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs).at(-1);

describe('an office written out again', () => {
  it('points back to the person named with it', () => {
    const c = last(
      'Menteri Keuangan Sri Wahyuni menyampaikan defisit anggaran melebar menjadi 2,8 persen.',
      'Gubernur bank sentral Anton Saragih menilai inflasi masih terkendali.',
      'Menteri Keuangan menambahkan, pemerintah tetap menjaga belanja sosial.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Sri Wahyuni' });
  });

  it('with its unit, after another speaker', () => {
    const c = last(
      'Kepala Dinas Kesehatan Kota Lembah Hijau, Dewi Anggraini, mengatakan stok vaksin cukup.',
      '"Kami sudah mengirim tambahan," ujar Rudi Hartanto, pengelola gudang farmasi.',
      'Kepala Dinas Kesehatan menegaskan vaksinasi tetap berjalan pekan depan.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Dewi Anggraini' });
  });

  it('another office stays unnamed', () => {
    const c = last(
      'Menteri Keuangan Sri Wahyuni menyampaikan defisit anggaran melebar menjadi 2,8 persen.',
      'Menteri Perdagangan menambahkan, harga beras tetap stabil.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('with no one named before it is an unnamed official', () => {
    const c = last(
      'Harga beras naik di sejumlah pasar.',
      'Menteri Pertanian mengatakan pasokan gabah aman hingga akhir tahun.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
