/**
 * Indonesian: a phrase of time opening the sentence with no comma before the subject ("Pada
 * 2021 warga ... mengatakan", "Sejak Januari warga ...", "Kemarin sumber ...") is no part of
 * the source. A count ("2 warga") and a month opening a name ("Juni Rahayu") stay. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('a phrase of time before the subject', () => {
  it.each([
    [
      'Pada 2021 warga Desa Lembah Hijau mengatakan lahan itu milik adat.',
      'anonymous',
      'warga Desa Lembah Hijau',
    ],
    [
      'Pada Senin (4/3/2024) polisi menyatakan sudah memeriksa kepala desa.',
      'official_body',
      'polisi',
    ],
    [
      'Sejak Januari warga sekitar melaporkan air sumur berubah warna.',
      'anonymous',
      'warga sekitar',
    ],
    [
      'Kemarin sumber di kejaksaan menyebut berkas perkara sudah lengkap.',
      'unnamed_official',
      'sumber di kejaksaan',
    ],
    [
      'Pada akhir 2023 beberapa pengamat menilai harga pupuk terlalu tinggi.',
      'anonymous',
      'beberapa pengamat',
    ],
    [
      'Sepanjang 2022 para nelayan mengatakan hasil tangkapan terus turun.',
      'anonymous',
      'para nelayan',
    ],
    ['Selama Ramadan 2024 pedagang mengaku omzetnya naik dua kali lipat.', 'anonymous', 'pedagang'],
    [
      'Sejak 2020 Kepala Desa Sukamaju Budi Hartono menyebut anggaran desa terus naik.',
      'named_person',
      'Kepala Desa Sukamaju Budi Hartono',
    ],
  ])('%s', (text, kind, source) => {
    expect(only(text)?.source).toMatchObject({ kind, text: source });
  });

  it.each([
    ['Juni Rahayu mengatakan pendataan dimulai pekan depan.', 'Juni Rahayu'],
    ['2 warga mengatakan mereka belum didata.', '2 warga'],
  ])('no time phrase: %s', (text, source) => {
    expect(only(text)?.source.text).toBe(source);
  });
});
