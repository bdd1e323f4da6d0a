/**
 * Indonesian phrasings found missing or mis-classified in reading Kompas (2025) and the 2020
 * copy in session 11, written by the team (none taken from the corpus or the eval pages).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';

import { paragraphClaims, testRegistry } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

const LEAD = 'Koperasi Tani Makmur di Kabupaten Lembah membagikan sisa hasil usaha pekan ini.';
const SPEAKER =
  'Ketua Koperasi Tani Makmur, Wahyu Pranoto, mengatakan laba koperasi naik tahun ini.';

describe('verbs of detailing and of suspecting report', () => {
  it.each([
    ['Ia merinci simpanan anggota tumbuh 12 persen menjadi Rp 3 miliar.', 'merinci'],
    ['Ia memerinci pinjaman anggota turun 4 persen.', 'memerinci'],
    ['Wahyu menjabarkan pendapatan koperasi berasal dari penjualan pupuk.', 'menjabarkan'],
  ])('%s', (text, cue) => {
    const claim = claimsOf(LEAD, SPEAKER, text).at(-1);
    expect(claim?.cue).toBe(cue);
    expect(claim?.source.kind).toBe('named_person');
  });
  it('"menengarai" with an institution as subject', () => {
    const claim = claimsOf(
      LEAD,
      'Dinas Koperasi Lembah menengarai ada selisih kas di koperasi itu.',
    ).at(-1);
    expect(claim?.cue).toBe('menengarai');
    expect(claim?.source.kind).toBe('official_body');
  });
});

describe('a central bank named by its common noun is an official body', () => {
  it.each([
    'Bank sentral mengatakan inflasi akan turun pada kuartal depan.',
    'Bank sentral Negeri Atas memperkirakan ekonomi tumbuh 3 persen.',
  ])('%s', (text) => {
    expect(claimsOf(LEAD, text).at(-1)?.source.kind).toBe('official_body');
  });
});

describe('the regulation that sets out what the sentence before said', () => {
  const RULE = 'Iuran anggota koperasi naik menjadi Rp 50.000 per bulan mulai Juli.';
  it.each([
    [
      'Hal itu tertuang dalam Peraturan Bupati Lembah Nomor 8 Tahun 2026.',
      'Hal itu tertuang dalam',
    ],
    [
      'Aturan tersebut tercantum dalam surat edaran dinas koperasi.',
      'Aturan tersebut tercantum dalam',
    ],
    [
      'Ketentuan ini termuat dalam Pasal 12 anggaran dasar koperasi.',
      'Ketentuan ini termuat dalam',
    ],
  ])('%s', (text, cue) => {
    const claim = claimsOf(LEAD, RULE, text).at(-1);
    expect(claim?.cue).toBe(cue);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.claim).toBe(RULE);
  });
  it('the law that governs a matter is no source', () => {
    const text = 'Ketentuan ini diatur dalam Pasal 12 anggaran dasar koperasi.';
    expect(claimsOf(LEAD, RULE, text).at(-1)?.sentence).not.toBe(text);
  });
  it('a rule still to be written is no source', () => {
    const text = 'Hal itu akan diatur dalam peraturan bupati yang baru.';
    expect(claimsOf(LEAD, RULE, text).at(-1)?.sentence).not.toBe(text);
  });
  it('a passive cue opening with a pointing noun takes the sentence before as its claim', () => {
    const text = 'Pernyataan tersebut disampaikan Wahyu dalam rapat anggota, Sabtu.';
    const claim = claimsOf(LEAD, SPEAKER, text).at(-1);
    expect(claim?.source.name).toBe('Wahyu Pranoto');
    expect(claim?.claim).toBe(SPEAKER);
  });
});

describe('a calculation is a document', () => {
  it.each([
    'Berdasarkan hitungan koperasi, sisa hasil usaha tahun ini mencapai Rp 1 miliar.',
    'Berdasarkan perhitungan dinas, harga pupuk naik 8 persen.',
  ])('%s', (text) => {
    expect(claimsOf(LEAD, text).at(-1)?.source.kind).toBe('document');
  });
});

describe("a regulation's number keeps its year in the source", () => {
  it('"Nomor 8 Tahun 2026"', () => {
    const claim = claimsOf(
      LEAD,
      'Iuran anggota koperasi naik menjadi Rp 50.000 per bulan mulai Juli.',
      'Hal itu tertuang dalam Peraturan Bupati Nomor 8 Tahun 2026 tentang Koperasi.',
    ).at(-1);
    expect(claim?.source.text).toBe('Peraturan Bupati Nomor 8 Tahun 2026');
  });
  it('a day after a number still ends the source', () => {
    const claim = claimsOf(LEAD, '"Harga naik," kata Wahyu Pranoto, 45, Senin.').at(-1);
    expect(claim?.source.text).not.toContain('Senin');
  });
});

describe('countries listed with commas speak together', () => {
  const NEWS = 'Harga beras dunia naik tajam pekan ini.';
  it.each([
    [
      'Para pemimpin Jepang, Korea Selatan, dan Filipina menekankan, pasokan harus dijaga.',
      'Para pemimpin Jepang, Korea Selatan, dan Filipina',
      'unnamed_official',
    ],
    [
      'Jepang, Korea Selatan, dan Filipina dalam pernyataan bersama menyatakan pasokan harus dijaga.',
      'Jepang, Korea Selatan, dan Filipina',
      'official_body',
    ],
    [
      'Pada 12 Maret, para pemimpin Jepang, Korea Selatan, dan Filipina dalam pernyataan bersama menekankan, pasokan harus dijaga.',
      'para pemimpin Jepang, Korea Selatan, dan Filipina',
      'unnamed_official',
    ],
  ])('%s', (text, source, kind) => {
    const claim = claimsOf(NEWS, text).at(-1);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe(kind);
  });
  it('a list of people is no list of countries', () => {
    const claim = claimsOf(
      NEWS,
      'Warga Desa Lembah, Sarmin, Wagiman, dan Tukijo mengatakan harga beras naik.',
    ).at(-1);
    expect(claim?.source.text).not.toContain('Desa Lembah, Sarmin');
  });
});

describe('the same list in English', () => {
  it('"Japan, South Korea and the Philippines said"', () => {
    const claims = analyze(
      {
        blocks: [
          { type: 'p', text: 'World rice prices rose sharply this week.' },
          { type: 'p', text: 'Japan, South Korea and the Philippines said supplies must be kept.' },
        ],
      },
      { lang: 'en', registry: testRegistry },
    ).claims;
    expect(claims.at(-1)?.source.text).toBe('Japan, South Korea and the Philippines');
  });
});

describe('"mereka" after doubles partners written with a slash', () => {
  it('is the pair, a named source', () => {
    const claim = claimsOf(
      'Kekalahan di gim pertama membuat Bagas/Wira kecewa. Mereka mengakui kalah cepat dari lawan.',
    ).at(-1);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Bagas/Wira');
  });
  it('an acronym pair is no pair of people', () => {
    const claim = claimsOf(
      'Sengketa lahan itu ditangani Kementerian ATR/BPN sejak tahun lalu. Mereka mengakui prosesnya lambat.',
    ).at(-1);
    expect(claim?.source.resolvesTo).not.toBe('ATR/BPN');
  });
});

describe('a stray comma between a sentence and the quotation after it', () => {
  it('still ends the sentence, so the quotation keeps its own cue', () => {
    const claims = claimsOf(
      'Tak hanya itu, lanjut Wahyu, harga pupuk juga naik. ,“Jadi petani makin sulit. Panen juga turun,” ucap dia.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['lanjut', 'ucap']);
    expect(claims[0]?.sentence).toBe('Tak hanya itu, lanjut Wahyu, harga pupuk juga naik.');
  });
});

describe('the outlet or audience between a speaker and the verb is no source', () => {
  const INTRO = 'Kepala Dinas Koperasi Lembah, Sri Wahyuni, membenarkan adanya selisih kas.';
  it.each([
    'Sri, saat dihubungi Kompas.com, Selasa, menambahkan pemeriksaan dimulai Juni.',
    'Sri saat dihubungi Kompas.com menambahkan pemeriksaan dimulai Juni.',
    'Sri, saat dihubungi, Selasa, menambahkan pemeriksaan dimulai Juni.',
    'Sri saat dikonfirmasi melalui pesan singkat mengatakan pemeriksaan dimulai Juni.',
    'Sri kepada wartawan mengatakan pemeriksaan dimulai Juni.',
    'Sri kepada Kompas.com, Selasa, mengatakan pemeriksaan dimulai Juni.',
    'Sri Wahyuni kepada wartawan di kantornya, Selasa, mengatakan pemeriksaan dimulai Juni.',
  ])('%s', (text) => {
    const claim = claimsOf(LEAD, INTRO, text).at(-1);
    expect(claim?.sentence).toBe(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo ?? claim?.source.name).toBe('Sri Wahyuni');
  });
});

describe('a bare role after the person named with it', () => {
  const NAMED = '"Dua orang kami periksa," kata Kapolsek Lembah AKP Hendra Saputra, Senin.';
  it('"kata Kapolsek" is that person', () => {
    const claim = claimsOf(LEAD, NAMED, '"Keduanya masih saksi," kata Kapolsek.').at(-1);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Hendra Saputra');
  });
  it('with no one named with that role it stays an unnamed official', () => {
    const claim = claimsOf(LEAD, SPEAKER, '"Keduanya masih saksi," kata Kapolsek.').at(-1);
    expect(claim?.source.kind).toBe('unnamed_official');
  });
});

describe('a full name first, then "dari" and where the person works', () => {
  it.each([
    ['Wulan Sari dari Institut Teknologi Lembah (ITL) menilai harga pupuk terlalu tinggi.'],
    ['Wulan Sari dari Kota Lembah mengatakan harga pupuk terlalu tinggi.'],
  ])('%s', (text) => {
    const claim = claimsOf(LEAD, text).at(-1);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Wulan Sari');
  });
  it('an institution with "dari" in its own words stays one', () => {
    const claim = claimsOf(
      LEAD,
      'Dinas Koperasi dari Kabupaten Lembah Raya mengatakan harga pupuk naik.',
    ).at(-1);
    expect(claim?.source.kind).toBe('official_body');
  });
});

describe('a written passive with a comma for "bahwa"', () => {
  it.each([
    [
      'Dalam surat edaran itu disebutkan, rapat anggota diundur ke Juli.',
      'rapat anggota diundur ke Juli',
    ],
    [
      'Dalam surat edaran yang ditandatangani ketua, disebutkan rapat anggota diundur ke Juli.',
      'rapat anggota diundur ke Juli',
    ],
  ])('%s', (text, claimText) => {
    const claim = claimsOf(LEAD, text).at(-1);
    expect(claim?.cue).toBe('disebutkan');
    expect(claim?.source.kind).toBe('document');
    expect(claim?.claim).toBe(claimText);
  });
  it('"seperti disebutkan sebelumnya" with no document is none', () => {
    const text = 'Seperti disebutkan sebelumnya, rapat anggota diundur ke Juli.';
    expect(claimsOf(LEAD, text).at(-1)?.sentence).not.toBe(text);
  });
});
