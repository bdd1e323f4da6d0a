/**
 * Indonesian phrasings found missing or mis-classified in the second round of reading Kompas
 * (2025) and the 2020 copy (session 10), written by the team (none taken from the corpus or
 * the eval pages).
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

const LEAD = 'Jembatan gantung di Desa Lembah Hijau dibuka kembali untuk warga pada pekan ini.';

describe('a sentence opening with the website it was read on', () => {
  it.each([
    ['Dari laman resmi Dinas Pariwisata, jembatan itu dibangun pada 1985.', 'laman resmi'],
    ['Dari situs resmi Pemkab Lembah, jumlah pengunjung naik dua kali lipat.', 'situs resmi'],
    ['Dari akun resmi Desa Lembah Hijau, jembatan dibuka setiap hari.', 'akun resmi'],
  ])('%s', (text, noun) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.source.text.startsWith(noun)).toBe(true);
  });
  it.each([
    'Dari laporan itu, polisi memeriksa tiga orang saksi.',
    'Dari data tersebut, sebanyak 40 rumah rusak ringan.',
    'Dari situ, warga berjalan kaki menuju pasar.',
    'Warga datang dari laman parkir di seberang sungai.',
  ])('no publication read: %s', (text) => {
    expect(claimsOf(LEAD, text)).toHaveLength(0);
  });
});

describe('a regulation cited by its number and year is a document', () => {
  it.each([
    'PMK 17 Tahun 2026 menyebutkan bahwa bantuan dibayar setiap bulan.',
    'Permendes Nomor 4 Tahun 2021 menyatakan dana desa boleh dipakai untuk jembatan.',
    'Pergub No 9/2022 menegaskan bahwa jembatan gantung wajib diperiksa setiap tahun.',
  ])('%s', (text) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.source.basis).toBe('regulation-number');
  });
  it('the same letters without a number stay the ministry they name', () => {
    const [claim] = claimsOf(LEAD, 'Kemenko PMK menyatakan bantuan akan dikirim pekan depan.');
    expect(claim?.source.kind).not.toBe('document');
  });
  it('a person with an age is no regulation', () => {
    const [claim] = claimsOf(LEAD, 'Sarmin, 45 tahun, mengatakan jembatan itu sudah lama rapuh.');
    expect(claim?.source.kind).toBe('named_person');
  });
});

describe('a verb of opinion with a copula in what follows reports a view', () => {
  it('"menganggap X adalah Y", with no "bahwa" nor comma', () => {
    const [claim] = claimsOf(
      LEAD,
      'Kades Marwan menganggap perbaikan jembatan itu adalah langkah yang tepat.',
    );
    expect(claim?.cue).toBe('menganggap');
    expect(claim?.source.name).toBe('Marwan');
  });
  it('a one-word name the article has shown speaking holds the view', () => {
    const claims = claimsOf(
      LEAD,
      '"Jembatan ini sudah lama kami tunggu," ujar Marwan.',
      'Marwan menganggap perbaikan jembatan itu adalah langkah yang tepat.',
    );
    expect(claims.at(-1)?.cue).toBe('menganggap');
  });
  it('"menganggap X sebagai Y" alone reports none', () => {
    expect(claimsOf(LEAD, 'Kades Marwan menganggap Sarmin sebagai adiknya sendiri.')).toHaveLength(
      0,
    );
  });
});

describe('words said before, then who said them', () => {
  it('"Kalimat itu diucapkan X" gives the quote before its speaker', () => {
    const claims = claimsOf(
      LEAD,
      '"Jembatan ini urat nadi desa kami."',
      'Kalimat itu diucapkan Kepala Desa Lembah Hijau, Marwan, saat peresmian, Sabtu.',
    );
    expect(claims.at(-1)?.source.name).toBe('Marwan');
    expect(claims.at(-1)?.source.kind).toBe('named_person');
  });
  it('words spoken at a ceremony with no claim before them stay no claim', () => {
    expect(claimsOf(LEAD, 'Doa bersama diucapkan warga sebelum jembatan dibuka.')).toHaveLength(0);
  });
});

describe('"Ucapan itu disampaikan X" names the speaker of the words before', () => {
  it('the quote paragraph, then its speaker', () => {
    const claims = claimsOf(
      LEAD,
      '"Kami akan memeriksa tali jembatan setiap bulan."',
      'Ucapan itu disampaikan Camat Lembah, Hendra Wijaya, kepada wartawan.',
    );
    expect(claims.at(-1)?.source.name).toBe('Hendra Wijaya');
  });
});

describe('an institution, then an appositive left open up to the verb', () => {
  it('the company speaks, not the name the appositive ends with', () => {
    const [claim] = claimsOf(
      'PT Samudra Jaya Tbk, perusahaan pemilik kapal Bahari dan tongkang Sri Rejeki membantah kapalnya mengangkut pasir ilegal.',
    );
    expect(claim?.source.kind).toBe('organization');
    expect(claim?.source.text).toBe('PT Samudra Jaya Tbk');
  });
  it('a person with a description stays the person', () => {
    const [claim] = claimsOf(
      'Marwan, pemilik kapal Bahari Rudi Santoso membantah kapalnya mengangkut pasir ilegal.',
    );
    expect(claim?.source.kind).toBe('named_person');
  });
  it('an appositive closed by its comma is read as before', () => {
    const [claim] = claimsOf(
      'Ketua koperasi nelayan, Sri Rejeki, membantah kapal anggotanya mengangkut pasir ilegal.',
    );
    expect(claim?.source.name).toBe('Sri Rejeki');
  });
});

describe('a head of police speaking through an officer', () => {
  it('the officer named after "melalui" speaks, for the head', () => {
    const [claim] = claimsOf(
      LEAD,
      'Kapolres Lembah AKBP Rudi Hartono melalui Kasat Lantas AKP Dedi Kurnia mengatakan jembatan ditutup untuk truk.',
    );
    expect(claim?.source.name).toBe('Dedi Kurnia');
    expect(claim?.source.kind).toBe('named_person');
  });
  it('through a written statement, the head still speaks', () => {
    const [claim] = claimsOf(
      LEAD,
      'Kapolres Lembah AKBP Rudi Hartono melalui keterangan tertulisnya mengatakan jembatan ditutup untuk truk.',
    );
    expect(claim?.source.name).toBe('Rudi Hartono');
  });
});

describe('an appositive closed by its comma, then when or where, then the verb', () => {
  it.each([
    'Lurah Lembah, Yohana Simatupang, saat dikonfirmasi membenarkan adanya kerusakan jembatan.',
    'Lurah Lembah, Yohana Simatupang, ketika ditemui mengatakan jembatan akan diperbaiki.',
  ])('%s', (text) => {
    const claims = claimsOf(LEAD, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.name).toBe('Yohana Simatupang');
  });
  it('the speaker of a clause with "bahwa" is not the subject inside it', () => {
    const [claim] = claimsOf(
      LEAD,
      'Lurah Lembah, Yohana Simatupang, saat dikonfirmasi membenarkan bahwa warga sudah melapor.',
    );
    expect(claim?.cue).toBe('membenarkan');
    expect(claim?.source.name).toBe('Yohana Simatupang');
  });
});

describe('a subject closed by an abbreviation in brackets, then a stray comma', () => {
  it('the office speaks', () => {
    const [claim] = claimsOf(
      LEAD,
      'Kepala Badan Penanggulangan Bencana Daerah (BPBD), mengatakan jembatan aman dilalui.',
    );
    expect(claim?.cue).toBe('mengatakan');
    expect(claim?.source.text).toContain('Kepala Badan Penanggulangan Bencana Daerah');
  });
});

describe('intergovernmental organisations speak as official bodies', () => {
  it.each([
    'Bank Dunia memperkirakan ekonomi kawasan tumbuh 4 persen tahun ini.',
    'Dana Moneter Internasional (IMF) memprediksi inflasi turun tahun depan.',
    'Organisasi Kesehatan Dunia menyatakan wabah itu sudah terkendali.',
  ])('%s', (text) => {
    const [claim] = claimsOf(LEAD, text);
    expect(claim?.source.kind).toBe('official_body');
  });
});

describe('what was said before, confirmed by someone ("dibenarkan")', () => {
  it.each([
    'Hal itu dibenarkan oleh Kapolsek Lembah, AKP Yudi Pranata.',
    'Hal tersebut dibenarkan Kapolsek Lembah, AKP Yudi Pranata, Minggu.',
  ])('%s', (text) => {
    const claims = claimsOf(LEAD, 'Warga menyebut tali jembatan sempat putus pekan lalu.', text);
    expect(claims.at(-1)?.source.name).toBe('Yudi Pranata');
  });
  it('"tidak dapat dibenarkan" (not right) is no confirmation', () => {
    expect(
      claimsOf(LEAD, 'Tindakan itu tidak dapat dibenarkan oleh aturan mana pun.'),
    ).toHaveLength(0);
  });
});
