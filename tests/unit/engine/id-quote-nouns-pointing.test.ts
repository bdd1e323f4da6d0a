/**
 * Indonesian phrasings found missing or mis-resolved while reading Indonesian copy against
 * the CLI output (second pass), written by the team (none taken from the corpus or the eval
 * pages).
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

describe('Indonesian nouns with -nya right after a quote are cues', () => {
  it.each(['ceritanya', 'kisahnya', 'pesannya'])('"...," %s', (cue) => {
    const claims = claimsOf(
      'Petani kopi Darmawan Saputra membuka kebun baru di lereng gunung.',
      `"Dulu lahan ini hanya ilalang dan batu," ${cue} saat ditemui, Kamis.`,
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
    expect(claims[0]?.source.resolvesTo).toBe('Darmawan Saputra');
  });
  it.each([
    'Ceritanya berawal dari sebuah desa kecil di pesisir.',
    'Film itu disukai penonton karena kisahnya sederhana.',
    'Pesannya sampai ke ponsel warga pada malam hari.',
  ])('no claim for the noun: %s', (text) => {
    expect(claimsOf('Penulis Laras Wulandari menerbitkan novel baru.', text)).toEqual([]);
  });
});

describe('Indonesian trade words before a full name', () => {
  it.each([
    ['Petani Sri Wahyuni mengatakan harga pupuk naik.', 'Sri Wahyuni'],
    ['Menurut dokter hewan Bagus Pranoto, kutu bisa menular.', 'Bagus Pranoto'],
    ['Saksi Rudi Hermawan mengatakan ia melihat mobil itu.', 'Rudi Hermawan'],
  ])('%s', (text, name) => {
    const [claim] = claimsOf(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });
  it.each([
    'Warga Kebon Manggis mengatakan banjir datang tengah malam.',
    'Istri Heru Prasetyo mengatakan suaminya belum pulang.',
    'Warga Kota Depok mengatakan air sudah surut.',
  ])('a place or a relative stays unnamed: %s', (text) => {
    const [claim] = claimsOf(text);
    expect(claim?.source.kind).toBe('anonymous');
  });
});

describe('Indonesian descriptions closed by a pointing word point to the named speaker', () => {
  const lead = 'Petani Rahmat Hidayat mengatakan harga pupuk naik.';
  it.each([
    'Pria berusia 52 tahun itu mengatakan, harga gabah belum naik.',
    'Ayah tiga anak itu mengatakan harga gabah belum naik.',
    'Pria asal Padang itu menambahkan, harga gabah belum naik.',
    '"Harga gabah belum naik," ujar pria asal Padang tersebut.',
  ])('%s', (text) => {
    const claims = claimsOf(lead, text);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe('Rahmat Hidayat');
  });
  it('a description that singles no one out keeps its own kind', () => {
    const claims = claimsOf(lead, 'Warga yang sawahnya terendam itu mengatakan panen gagal.');
    expect(claims[1]?.source.kind).toBe('anonymous');
  });
});

describe('Indonesian "sang" before a role points to the person named before', () => {
  const lead = 'Kepala Desa Sukamakmur Joko Susilo mengatakan jembatan desa ambruk.';
  it('the village head is named without the village', () => {
    expect(claimsOf(lead)[0]?.source.name).toBe('Joko Susilo');
  });
  it.each([
    'Sang kades mengatakan perbaikan dimulai pekan depan.',
    '"Perbaikan dimulai pekan depan," kata sang kades.',
  ])('%s', (text) => {
    const claims = claimsOf(lead, text);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe('Joko Susilo');
  });
  it('a name after the role is the source', () => {
    const claims = claimsOf(lead, 'Sang kades Bambang Irawan mengatakan jalan rusak.');
    expect(claims[1]?.source.name).toBe('Bambang Irawan');
  });
});

describe('More Indonesian verbs of saying and of stance', () => {
  it.each([
    ['Camat Sukasari Dedi Mulyana menepis anggapan bahwa bantuan terlambat.', 'menepis'],
    ['Dedi Mulyana menepis, bantuan sudah dibagikan sejak pagi.', 'menepis'],
    ['Dedi menukas, semua warga sudah didata.', 'menukas'],
    ['Ketua panitia Sinta Maharani menguraikan, ada tiga tahap seleksi.', 'menguraikan'],
    ['Dedi Mulyana mengisyaratkan bahwa jumlah pengungsi bisa bertambah.', 'mengisyaratkan'],
    ['Dedi mengonfirmasikan bahwa dua jembatan putus.', 'mengonfirmasikan'],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
  });
  it.each([
    'Kiper tim tamu menepis bola tendangan bebas lawan.',
    'Ia menepis tangan pria itu lalu berlari.',
  ])('no claim for a deed: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('"Mereka" after a named pair is the pair', () => {
  it('resolves to the two people who spoke last', () => {
    const claims = claimsOf(
      'Pasangan ganda campuran, Dimas Saputra dan Lestari Ayu, mengakui lawan lebih siap.',
      '"Kami terlalu banyak membuat kesalahan," kata mereka seusai laga.',
    );
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toContain('Dimas Saputra dan Lestari Ayu');
  });
  it('a group that spoke after the pair keeps "mereka"', () => {
    const claims = claimsOf(
      'Dimas Saputra dan Lestari Ayu mengakui lawan lebih siap.',
      'Sementara itu, Kementerian Pemuda dan Olahraga menyatakan akan mengevaluasi tim.',
      'Mereka menambahkan, evaluasi selesai bulan depan.',
    );
    expect(claims[2]?.source.kind).toBe('official_body');
  });
});
