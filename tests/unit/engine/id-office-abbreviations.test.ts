/**
 * Indonesian office titles written as one clipped word ("Kalaksa" = kepala pelaksana,
 * "Kalapas", "Kakanwil", "Kasatlantas", "Kepsek", "Danlanal") before a name, with or without
 * a comma, and the passive cues with the speaker fused in as -nya ("Ditambahkannya",
 * "diakuinya"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, paragraphClaims } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('a clipped office title before the name', () => {
  it.each([
    ['"Belum ada korban," terang Kalaksa BPBD Lembah Hijau, Suryadi.', 'Suryadi'],
    ['"Petugas sedang mengejar," kata Kalapas Cibiru Tonny Hutapea.', 'Tonny Hutapea'],
    [
      '"Penjagaan diperketat," ujar Kakanwil Kemenkumham Jawa Barat, Andika Prasetya.',
      'Andika Prasetya',
    ],
    [
      '"Jalan ditutup sementara," kata Kasatlantas Polres Lembah Hijau AKP Deni Saputra.',
      'Deni Saputra',
    ],
    ['"Sekolah diliburkan," ujar Kepsek SMAN 1 Lembah Hijau, Siti Rohmah.', 'Siti Rohmah'],
    ['"Dua kapal dikerahkan," kata Danlanal Teluk Biru, Agus Salim.', 'Agus Salim'],
  ])('%s', (text, name) => {
    expect(only(text)?.source).toMatchObject({ kind: 'named_person', name });
  });

  it('alone, the title is the person named with it before', () => {
    const c = paragraphClaims(
      'id',
      '"Petugas sedang mengejar," kata Kalapas Cibiru Tonny Hutapea.',
      '"Belum ada korban," terang Kalaksa BPBD Lembah Hijau, Suryadi.',
      'Kalapas menegaskan napi itu akan ditindak tegas.',
    ).at(-1);
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Tonny Hutapea' });
  });

  it('alone with no one named, an unnamed official', () => {
    expect(only('Kalapas menegaskan napi itu akan ditindak tegas.')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('a passive cue with the speaker fused in', () => {
  it.each([
    'Ditambahkannya, logistik untuk pengungsi cukup hingga sepekan.',
    'Diterangkannya, posko dibuka di tiga titik.',
    'Dipaparkannya, anggaran perbaikan mencapai Rp 2 miliar.',
    'Hal itu diakuinya saat ditemui di kantornya.',
    'Hal tersebut dibenarkannya ketika dikonfirmasi.',
    'Disebutkannya, dua pompa air rusak sejak pekan lalu.',
  ])('%s', (text) => {
    const c = paragraphClaims(
      'id',
      'Camat Cibiru Asep Saepudin meninjau lokasi banjir, Selasa.',
      '"Kami siaga," kata Asep.',
      text,
    ).at(-1);
    expect(c?.sentence).toBe(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Asep Saepudin' });
  });
});

describe('"St." before a place name ends no sentence', () => {
  it('the quote and its speaker stay one sentence', () => {
    const c = only('"Jalur darat sudah dibuka," kata Rudi Hartono kepada wartawan di St. Louis.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Rudi Hartono' });
    expect(c?.sentence).toContain('St. Louis');
  });
});
