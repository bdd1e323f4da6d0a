/**
 * Indonesian "sumber yang sama" (the same source) points back like "sumber itu": it is the
 * unnamed source quoted before, with that source's kind. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

describe('"yang sama" after an unnamed source\'s noun', () => {
  it('is the source quoted before', () => {
    const c = paragraphClaims(
      'id',
      'Seorang sumber di kementerian yang enggan disebut namanya mengatakan tiga direktur akan diganti.',
      '"Tidak ada pergantian," kata Budi Santoso, juru bicara kementerian.',
      'Namun, sumber yang sama menyebut daftar pengganti sudah disiapkan.',
    ).at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.resolvesTo).toContain('Seorang sumber di kementerian');
  });

  it('after an anonymous source stays anonymous', () => {
    const c = paragraphClaims(
      'id',
      'Seorang warga mengatakan air sungai berubah warna sejak Senin.',
      'Warga yang sama menyebut bau menyengat tercium hingga malam.',
    ).at(-1);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.resolvesTo).toBe('Seorang warga');
  });
});

describe('"sumber itu" after an unnamed official who was not called a source', () => {
  it('is that official', () => {
    const c = paragraphClaims(
      'id',
      'Seorang pejabat senior di kementerian mengatakan tender proyek itu akan diulang.',
      'Menurut sumber tersebut, dua peserta tender sudah didiskualifikasi.',
    ).at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.resolvesTo).toContain('Seorang pejabat senior');
  });

  it('after a resident stays anonymous', () => {
    const c = paragraphClaims(
      'id',
      'Seorang warga mengaku melihat asap hitam dari gudang itu.',
      'Sumber itu menambahkan bahwa api baru padam menjelang pagi.',
    ).at(-1);
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('"sumber yang sama" after an outlet or a document spoke last', () => {
  it('is the state news agency quoted just before', () => {
    const c = paragraphClaims(
      'id',
      'Menurut laporan kantor berita Statenews, rudal baru itu diuji di pantai timur.',
      'Rudal tersebut mampu terbang 1.000 kilometer, menurut sumber yang sama.',
    ).at(-1);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('is the report read just before', () => {
    const c = paragraphClaims(
      'id',
      'Laporan Bank Dunia menyebut angka kemiskinan turun dua persen.',
      'Penurunan terbesar terjadi di desa, menurut sumber yang sama.',
    ).at(-1);
    expect(c?.source.kind).toBe('document');
  });

  it('is still the unnamed source when that one spoke after the outlet', () => {
    const c = paragraphClaims(
      'id',
      'Kantor berita Statenews melaporkan pabrik itu ditutup sejak Senin.',
      'Seorang pejabat setempat mengatakan 300 pekerja dirumahkan.',
      'Sebagian pekerja akan dipindahkan, menurut sumber yang sama.',
    ).at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
