/**
 * Words that open an Indonesian person's name though they mean something else: a month's or a
 * day's word used as a first name ("Mei", "Juni"), the pilgrim's title "Haji"/"Hajjah", and the
 * capitalised word right after an organization's noun, which is the organization's own name
 * ("Rumah Sakit Harapan Sari Wulandari"). Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Harga kebutuhan pokok di Pasar Cimara naik sejak awal pekan.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('a time word as a first name', () => {
  it.each([
    ['Mei Lestari, pedagang sayur, mengatakan dagangannya tidak laku.', 'Mei Lestari'],
    ['Juni Sitompul mengatakan bantuan belum sampai ke posko.', 'Juni Sitompul'],
    ['"Harga cabai naik terus," kata Mei Lestari.', 'Mei Lestari'],
    ['"Harga cabai naik terus," ujar pedagang Juli Hartati.', 'Juli Hartati'],
  ])('%s', (text, name) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it('a date stays a date', () => {
    const claim = last('Pada Mei lalu, harga beras sempat turun, kata Budi Raharjo.');
    expect(claim?.source.name).toBe('Budi Raharjo');
  });
});

describe('the pilgrim title before a name', () => {
  it.each([
    ['Tokoh masyarakat Desa Cibeureum, Haji Ahmad Suryana, mengatakan warga sudah mengungsi.'],
    ['Haji Ahmad Suryana mengatakan masjid dibuka untuk pengungsi.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toContain('Ahmad Suryana');
  });

  it('"Hajjah" too', () => {
    const claim = last('"Kami siap menampung," kata Hajjah Siti Aminah.');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toContain('Siti Aminah');
  });
});

describe("the word after an organization's noun is the organization's", () => {
  it('a hospital', () => {
    const claim = last('Direktur Rumah Sakit Harapan Sari Wulandari mengatakan stok obat aman.');
    expect(claim?.source.name).toBe('Sari Wulandari');
  });

  it('not after a word closing a firm', () => {
    const claim = last(
      'Sekretaris Perusahaan PT Pelita Jaya Tbk Desi Ratna Safitri mengatakan laba naik.',
    );
    expect(claim?.source.name).toBe('Desi Ratna Safitri');
  });
});

describe('a portfolio of two fields joined', () => {
  it('"Menteri Haji dan Umrah" then the name', () => {
    const claim = last('Menteri Haji dan Umrah Ahmad Fauzi mengatakan biaya haji turun.');
    expect(claim?.source.name).toBe('Ahmad Fauzi');
  });

  it('"Direktur Jenderal Bea dan Cukai" then a one-word name, and "ia" after it', () => {
    const text =
      'Direktur Jenderal Bea dan Cukai Suparno mengatakan penyelundupan menurun. ' +
      'Ia menambahkan pengawasan di pelabuhan diperketat.';
    const claims = paragraphClaims('id', text);
    expect(claims.map((c) => c.source.name)).toEqual(['Suparno', 'Suparno']);
  });
});

describe("a body's field in lower case", () => {
  it.each([
    ['Gempa itu kuat, kata seorang pejabat badan meteorologi Jepang kepada Wirely.'],
    [
      'Seorang pejabat badan meteorologi Jepang mengatakan kepada Wirely bahwa gempa susulan mungkin terjadi.',
    ],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.text.toLowerCase()).toBe('seorang pejabat badan meteorologi jepang');
    expect(claim?.source.via).toBe('Wirely');
  });
});

describe('lower-case particles inside a foreign name', () => {
  it.each([
    ['Pelatih tamu Marco de la Cruz menyebut harga di pasar ini murah.', 'Marco de la Cruz'],
    ['"Harga cabai naik terus," kata Rafael dos Santos.', 'Rafael dos Santos'],
    ['Pieter van der Berg mengatakan pasar ini ramai.', 'Pieter van der Berg'],
  ])('%s', (text, name) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });
});
