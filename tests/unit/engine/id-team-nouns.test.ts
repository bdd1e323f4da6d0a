/**
 * Indonesian "tim" speaking together ("Tim penyusun kurikulum itu menyatakan ...", "tulis
 * tim penyusun dalam keterangan tertulis") is a group as "team" is in English: an organization.
 * A search-and-rescue team stays a body, a team of doctors unnamed people. Sentences written
 * by the team. "Lembaga swadaya masyarakat" is one word: its last word is no "public".
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('a team speaks as an organization', () => {
  it.each([
    'Tim penyusun kurikulum itu menyatakan buku baru siap dibagikan.',
    '"Buku baru siap dibagikan," tulis tim penyusun kurikulum dalam keterangan tertulis.',
    '"Buku baru siap dibagikan," kata tim penyusun laporan tersebut.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('organization');
    expect(c?.source.text.toLowerCase()).toContain('tim');
  });

  it.each([
    ['Tim SAR mengatakan korban sudah ditemukan.', 'official_body'],
    ['Tim dokter mengatakan kondisi pasien stabil.', 'anonymous'],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'id')?.source.kind).toBe(kind);
  });
});

describe('"lembaga swadaya masyarakat" is one word for an NGO', () => {
  it.each([
    'Lembaga swadaya masyarakat yang terlibat menyatakan hutan itu rusak.',
    'Sejumlah lembaga swadaya masyarakat yang ikut dalam proyek ini menyatakan hutan itu rusak.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('organization');
    expect(c?.source.text.toLowerCase()).toContain('lembaga swadaya masyarakat');
  });
});
