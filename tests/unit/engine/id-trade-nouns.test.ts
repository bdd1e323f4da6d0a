/**
 * Nouns for people by their trade in sports and show business ("juru taktik", "bek",
 * "kiper", "aktris", "musisi") and "sosok": a description Indonesian copy points back with
 * ("kata juru taktik asal Belanda itu"); before a name they describe the person named.
 * Written by the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

function last(text: string) {
  const claims = storyClaims(text, 'id');
  return claims[claims.length - 1];
}

const BEFORE =
  'Pelatih Persatuan Sepak Bola Tegalsari Marco Vermeulen mengatakan timnya siap bertanding.';

describe('a trade noun pointing back to the person quoted', () => {
  it.each([
    ['kata juru taktik asal Belanda itu', 'juru taktik asal Belanda itu'],
    [
      'ujar juru taktik berusia 48 tahun itu di Tegalsari, Senin',
      'juru taktik berusia 48 tahun itu',
    ],
    ['tutur bek berusia 25 tahun itu', 'bek berusia 25 tahun itu'],
    ['kata kiper kelahiran 1999 tersebut', 'kiper kelahiran 1999 tersebut'],
    [
      'ucap sosok yang juga Ketua Umum Persatuan Tegalsari itu',
      'sosok yang juga Ketua Umum Persatuan Tegalsari itu',
    ],
  ])('"%s"', (cue, source) => {
    const claim = last(`${BEFORE} || "Kami sudah berlatih keras," ${cue}.`);
    expect(claim?.source).toMatchObject({
      text: source,
      kind: 'named_person',
      resolvesTo: 'Marco Vermeulen',
    });
  });

  it('a trade noun with no detail stays an unnamed person', () => {
    const claim = last('"Lapangannya licin," kata seorang kiper.');
    expect(claim?.source).toMatchObject({ kind: 'anonymous' });
  });
});

describe('a trade noun before a name', () => {
  it.each([
    ['Aktris Dewi Anggraeni mengatakan syuting film itu rampung.', 'Aktris Dewi Anggraeni'],
    ['"Konsernya diundur," kata musisi Bagas Wirawan.', 'musisi Bagas Wirawan'],
    ['Menurut gelandang muda Rizal Fahmi, timnya siap.', 'gelandang muda Rizal Fahmi'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'named_person' });
  });
});

describe('a trade noun before a one-word name', () => {
  it.each([
    ['Terdakwa Sugiman mengaku menyesal di depan hakim.', 'Terdakwa Sugiman'],
    ['Korban Suwarni (45) mengaku dipukul dua kali.', 'Korban Suwarni'],
    ['"Saya menyesal," kata terdakwa Sugiman.', 'terdakwa Sugiman'],
    ['Petani Darmo mengatakan panen tahun ini gagal.', 'Petani Darmo'],
  ])('%s is the person named', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it.each([
    ['Warga Cempaka mengatakan air sudah surut.'],
    ['Mahasiswa Indonesia mengatakan ujian itu sulit.'],
    ['Penumpang Lumina mengatakan pesawat terlambat dua jam.'],
  ])('%s: a place or a firm after the noun is no name', (text) => {
    expect(last(text)?.source?.kind).not.toBe('named_person');
  });
});

describe('a role with a description closed by a pointing word', () => {
  it.each([
    ['kata kades yang baru menjabat itu', 'kades yang baru menjabat itu'],
    ['ujar juru bicara yang baru dilantik tersebut', 'juru bicara yang baru dilantik tersebut'],
  ])('"%s" points back to the person quoted', (cue, source) => {
    const claim = last(
      `Kepala Desa Cempaka, Wahyudi Santoso, mengatakan jalan rusak. || "Kami sudah lapor," ${cue}.`,
    );
    expect(claim?.source).toMatchObject({
      text: source,
      kind: 'named_person',
      resolvesTo: 'Wahyudi Santoso',
    });
  });
});

describe('the same description as the subject', () => {
  it('"Kades yang baru menjabat itu mengatakan" is the person quoted before', () => {
    const claim = last(
      'Kepala Desa Cempaka, Wahyudi Santoso, mengatakan jalan rusak. || Kades yang baru menjabat itu mengatakan warga sudah lapor.',
    );
    expect(claim?.source).toMatchObject({
      text: 'Kades yang baru menjabat itu',
      kind: 'named_person',
      resolvesTo: 'Wahyudi Santoso',
    });
  });
});

describe('players, pairs and "eks"', () => {
  const before = 'Kapten Persatuan Tegalsari, Bruno Santana, mengungkapkan timnya siap.';
  it.each([
    ['Menurut eks pemain timnas itu, persiapan berjalan lancar.', 'eks pemain timnas itu'],
    [
      'Menurut pemain berusia 30 tahun itu, persiapan berjalan lancar.',
      'pemain berusia 30 tahun itu',
    ],
    ['"Kami ingin juara," ujar eks pemain Westbury tersebut.', 'eks pemain Westbury tersebut'],
  ])('%s', (text, source) => {
    expect(last(`${before} || ${text}`)?.source).toMatchObject({
      text: source,
      kind: 'named_person',
      resolvesTo: 'Bruno Santana',
    });
  });

  it('a pair described with a rank points back to the pair quoted', () => {
    const claim = last(
      'Ganda putra Tegalsari, Dimas Prakoso/Reza Hidayat, kalah di perempat final. || "Kami kalah di poin kritis," kata Dimas. || Pasangan peringkat tiga dunia itu mengakui lawan bermain lebih baik.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person' });
  });

  it('"seorang pemain" is an unnamed person', () => {
    expect(last('"Lapangannya licin," kata seorang pemain.')?.source).toMatchObject({
      kind: 'anonymous',
    });
  });
});

describe('more nouns for people', () => {
  it.each([
    ['Menurut lelaki paruh baya itu, jalan itu sudah lama rusak.', 'lelaki paruh baya itu'],
    ['"Kontennya dihapus," kata seorang selebgram.', 'seorang selebgram'],
    ['Menurut komedian itu, acara tersebut batal.', 'komedian itu'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'anonymous' });
  });
});

describe('epithets of office', () => {
  const before = 'Menteri Keuangan Tegalsari Ratna Kusumawati mengatakan anggaran naik.';
  it.each([
    ['Bendahara negara itu menambahkan, seluruh pengadaan diawasi.', 'Bendahara negara itu'],
    [
      '"Semua diawasi," kata orang nomor satu di kementerian itu.',
      'orang nomor satu di kementerian itu',
    ],
  ])('%s', (text, source) => {
    expect(last(`${before} || ${text}`)?.source).toMatchObject({
      text: source,
      kind: 'named_person',
      resolvesTo: expect.stringContaining('Ratna Kusumawati'),
    });
  });
});
