/**
 * Indonesian words that point back to a speaker: "pihaknya" (his or her side) speaks for the
 * last speaker, "(yang) bersangkutan" (the one concerned) for the person being discussed.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Banjir merendam ratusan rumah di Lembah Hijau sejak Minggu.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('"pihaknya" speaks for the last speaker', () => {
  it('after an unnamed office', () => {
    const claim = last(
      'Kepala Kejaksaan Negeri Lembang menjelaskan bahwa berkas perkara sudah lengkap.',
      'Pihaknya memastikan proses hukum berjalan terbuka.',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.name ?? null).toBeNull();
  });

  it('after a named person', () => {
    const claim = last(
      'Direktur Rumah Sakit Harapan Sari Wulandari mengatakan stok obat aman.',
      'Pihaknya memastikan pasien tetap dilayani.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Sari Wulandari');
  });
});

describe('"yang bersangkutan" is the person being discussed', () => {
  it.each([
    ['Yang bersangkutan membenarkan bahwa ia menerima uang dari sopir angkot.'],
    ['Pegawai yang bersangkutan mengatakan ia siap mengembalikan uang itu.'],
  ])('%s', (text) => {
    const claim = last(
      'Polisi memeriksa Rudi Hartanto, pegawai dinas perhubungan, terkait pungutan liar.',
      text,
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Rudi Hartanto');
  });
});
