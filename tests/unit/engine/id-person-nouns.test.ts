/**
 * People named by what they do, which no lexicon can list in full: Indonesian forms them with
 * pe- ("pendaki", "penonton") or -wan/-wati ("wisatawan"), and puts the head first
 * ("pemudik asal Klaten"). Written by the team, none taken from the corpus. Also: what
 * someone said as a basis ("berdasarkan keterangan saksi") and a place inside an appositive.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';

import { onlyClaim } from './helpers';

const only = (text: string, lang: 'en' | 'id' = 'id') => onlyClaim(text, lang);

describe('Indonesian nouns for people by their form', () => {
  it.each([
    ['"Jalurnya licin sejak subuh," kata seorang pendaki.', 'anonymous', 'seorang pendaki'],
    ['"Harganya naik dua kali lipat," ujar seorang wisatawan.', 'anonymous', 'seorang wisatawan'],
    ['"Kami menunggu sejak pagi," kata pemudik asal Klaten.', 'anonymous', 'pemudik asal Klaten'],
    [
      'Menurut seorang penghuni rumah susun, lift sudah rusak sebulan.',
      'anonymous',
      'seorang penghuni rumah susun',
    ],
    [
      '"Tiketnya habis dalam sejam," ujar seorang penonton, Dewi Lestari.',
      'named_person',
      'seorang penonton, Dewi Lestari',
    ],
    ['"Airnya sudah surut," kata petugas.', 'unnamed_official', 'petugas'],
    ['"Obatnya aman untuk anak," kata seorang dokter.', 'anonymous', 'seorang dokter'],
    ['Berdasarkan keterangan saksi, mobil itu melaju kencang.', 'anonymous', 'saksi'],
  ] as const)('%s', (text, kind, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text).toBe(source);
  });

  it('a pe-...-an noun is a thing, not people', () => {
    const claim = only('Menurut perhitungan sementara, kerugian mencapai Rp 2 miliar.');
    expect(claim?.source.kind).not.toBe('anonymous');
  });

  it('"berdasarkan" a law is still no claim', () => {
    const text = 'Berdasarkan undang-undang itu, sekolah wajib menyediakan guru pendamping.';
    expect(analyze({ blocks: [{ type: 'p', text }] }, { lang: 'id' }).claims).toEqual([]);
  });
});

describe('a place inside an appositive', () => {
  it.each([
    [
      'Rina Wulandari, dosen hukum di Universitas Negeri Malang, Jawa Timur, mengatakan aturan itu lemah.',
      'id',
      'Rina Wulandari',
    ],
    [
      'Tom Reyes, a lecturer at the state university in Curitiba, Brazil, said the rule was weak.',
      'en',
      'Tom Reyes',
    ],
  ] as const)('%s', (text, lang, name) => {
    const claim = only(text, lang);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });
});
