/** "Dari keterangan saksi, ...", "Dari informasi yang dihimpun, ...", "Dari data Dinas X,
 * ...": "dari" opening the sentence reads as "berdasarkan" up to the comma, when what stands
 * there is a source by itself. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { openingBasis } from '@/core/rules/opening-basis';
import { lastClaim, run } from '../helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('opening-basis', () => {
  it.each([
    ['Dari keterangan saksi, kedua kelompok membawa senjata tajam.', 'anonymous', 'saksi'],
    [
      'Dari pengakuan seorang pelaku, tawuran itu sudah direncanakan.',
      'anonymous',
      'seorang pelaku',
    ],
    [
      'Dari informasi yang dihimpun, tiga orang terluka di Jalan Kenari.',
      'anonymous',
      'informasi yang dihimpun',
    ],
    [
      'Dari keterangan yang diperoleh, pelaku kabur ke arah Pasar Baru.',
      'anonymous',
      'keterangan yang diperoleh',
    ],
    [
      'Dari data Dinas Kesehatan Wanasari, kasus demam berdarah naik dua kali lipat.',
      'document',
      'data Dinas Kesehatan Wanasari',
    ],
  ])('%s', (text, kind, source) => {
    expect(run(openingBasis, text, 'id')).toEqual([['Dari', kind, source]]);
    const c = id(text);
    expect(c?.source.kind).toBe(kind);
  });

  it.each([
    ['Dari Wanasari, rombongan polisi tiba pukul lima pagi.'],
    ['Dari total 40 peserta, tujuh orang masih di bawah umur.'],
    ['Dari laporan itu, polisi menyelidiki peredaran uang palsu.'],
    ['Dari pantauan di lokasi, jalan sudah bisa dilalui kendaraan.'],
  ])('no source: %s', (text) => {
    expect(run(openingBasis, text, 'id')).toEqual([]);
    expect(id(text)).toBeUndefined();
  });

  it('a cue of the sentence is read first', () => {
    const c = id('Dari hasil pemeriksaan, polisi mengatakan pelaku positif narkoba.');
    expect(c?.cue).toBe('mengatakan');
  });

  it('"dari" inside the sentence is a plain preposition', () => {
    expect(id('Ia menerima laporan dari warga soal jalan yang rusak.')).toBeUndefined();
  });
});

describe('opening-basis in English: "In a study by X, ..."', () => {
  it('takes a document with its owner before the comma as the basis', () => {
    const c = lastClaim(
      'In a study by Tallis University, children who read fell asleep faster.',
      'en',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe('a study by Tallis University');
  });

  it.each([
    'In Lowick, the clinic opened on Sundays for the first time.',
    'In the report, nothing was new about the old mill.',
    'In the 2012 book Cold Light, which was translated last year, the author writes of lamps.',
  ])('no basis: %s', (text) => {
    expect(lastClaim(text, 'en')?.rule ?? null).not.toBe('opening-basis');
  });
});

describe('opening-basis: a judging trade after "For" / "Bagi"', () => {
  it.each([
    [
      'For harbour analyst Ines Kellin, the strike shows the board misread the crews.',
      'en',
      'harbour analyst Ines Kellin',
    ],
    ['For economists, the slump means rates will stay low.', 'en', 'economists'],
    [
      'Bagi pengamat pelabuhan Rina Dewi, mogok itu menunjukkan manajemen salah membaca awak.',
      'id',
      'pengamat pelabuhan Rina Dewi',
    ],
  ])('%s', (text, lang, source) => {
    expect(run(openingBasis, text, lang as 'en' | 'id')[0]?.[2]).toBe(source);
  });

  it.each([
    ['For the fans, the defeat was a bitter blow.', 'en'],
    ['For three years, the depot stood empty.', 'en'],
    ['Bagi warga, banjir itu sudah biasa.', 'id'],
  ])('no claim: %s', (text, lang) => {
    expect(run(openingBasis, text, lang as 'en' | 'id')).toEqual([]);
  });
});
