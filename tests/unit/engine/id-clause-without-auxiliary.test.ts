/**
 * Indonesian verbs of regarding and suspecting whose clause has no "bahwa", no comma and no
 * aspect word: a pointing word closing the subject ("kebijakan tersebut keliru") or an
 * existential ("ada aliran dana") marks the clause. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, paragraphClaims } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

/** The one claim is a stance with this source and these words. */
function expectStance(text: string, source: string, claim: string) {
  const c = only(text);
  expect(c?.rule).toBe('bare-stance');
  expect(c?.source.text).toBe(source);
  expect(c?.claim).toBe(claim);
}

describe('Indonesian stance clause with no auxiliary', () => {
  it.each([
    [
      'Pengamat itu berpandangan kebijakan tersebut keliru dan harus dicabut.',
      'Pengamat itu',
      'kebijakan tersebut keliru dan harus dicabut',
    ],
    [
      'Ketua Komisi Pemilihan Umum Daerah Bambang Sutejo berpandangan aturan baru itu membingungkan pemilih.',
      'Ketua Komisi Pemilihan Umum Daerah Bambang Sutejo',
      'aturan baru itu membingungkan pemilih',
    ],
    [
      'Melati Anggraini, dosen hukum, beranggapan putusan tersebut melampaui kewenangan hakim.',
      'Melati Anggraini, dosen hukum',
      'putusan tersebut melampaui kewenangan hakim',
    ],
    ['Komnas HAM memandang persoalan ini serius.', 'Komnas HAM', 'persoalan ini serius'],
    [
      'KPK menduga ada aliran dana dari proyek jembatan ke rekening pejabat dinas.',
      'KPK',
      'ada aliran dana dari proyek jembatan ke rekening pejabat dinas',
    ],
    [
      'Kejaksaan menduga ada keterlibatan pejabat lain dalam kasus pengadaan itu.',
      'Kejaksaan',
      'ada keterlibatan pejabat lain dalam kasus pengadaan itu',
    ],
  ])('%s', expectStance);

  it.each([
    // An object and its role ("sebagai"), not a clause.
    'Pemerintah daerah memandang kebijakan itu sebagai jalan keluar.',
    // A preposition after the pointing word: still an object.
    'Komnas HAM memandang persoalan itu dengan serius.',
    // No pointing word and no aspect word: the words are read as an object.
    'KPK menduga keterlibatan pejabat dinas dalam proyek jembatan.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });
});

describe('Indonesian stance clause whose predicate is a prefixed verb', () => {
  it.each([
    [
      'Petugas menduga korban terpeleset saat menyeberangi sungai.',
      'Petugas',
      'korban terpeleset saat menyeberangi sungai',
    ],
    [
      'Tim SAR menduga rombongan pendaki tersesat di lereng utara.',
      'Tim SAR',
      'rombongan pendaki tersesat di lereng utara',
    ],
    [
      'Penyidik menduga uang itu dipakai untuk membeli tanah.',
      'Penyidik',
      'uang itu dipakai untuk membeli tanah',
    ],
  ])('%s', expectStance);

  it.each([
    // Who the object is ("berinisial", "bernama"), no predicate.
    'Polisi menduga keterlibatan pejabat berinisial RK dalam kasus itu.',
    // A prefix too short to be a verb's ("diri").
    'Atlet muda itu percaya diri menghadapi lawannya.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });
});
