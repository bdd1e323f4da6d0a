/**
 * Indonesian speakers found misread while reading Indonesian copy against the CLI output,
 * written by the team (none taken from the corpus or the eval pages): a person known by
 * initials or by a name handed over ("bernama") after the cue ("ujar seorang petambak
 * berinisial RN", "menurut warga bernama Sri"), and a speaker joined
 * to the office they speak in by "selaku" or "sebagai" ("Ratna selaku Wakil Bupati
 * mengatakan"), whom the office alone had replaced.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claimsOf = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs);

const INTRO = 'Banjir merendam tiga dusun di Kecamatan Sungai Lebar pada Selasa (4/3/2025).';

describe('A person known by initials, named after the cue', () => {
  it.each([
    ['"Air naik sejak subuh," ujar seorang petambak berinisial RN (40).', 'RN'],
    ['"Air naik sejak subuh," kata petambak berinisial TW.', 'TW'],
    ['"Kami tidak tahu apa-apa," ujar tersangka berinisial MK kepada penyidik.', 'MK'],
    ['Menurut seorang warga berinisial DS, tanggul jebol sekitar pukul 03.00.', 'DS'],
  ])('%s', (text, initials) => {
    const claims = claimsOf(INTRO, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.name).toBe(initials);
  });

  it('keeps the office before the initials as the role', () => {
    const [claim] = claimsOf(
      INTRO,
      '"Semua warga sudah mengungsi," kata Kepala Dusun berinisial AH.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.role).toBe('Kepala Dusun');
  });

  it('still reads a description with no initials as an unnamed person', () => {
    const [claim] = claimsOf(INTRO, '"Air naik sejak subuh," ujar seorang petambak.');
    expect(claim?.source.kind).toBe('anonymous');
  });
});

describe('A name handed over after a description ("bernama")', () => {
  it.each([
    ['"Air naik sejak subuh," kata warga bernama Wahyu Lestari.', 'Wahyu Lestari'],
    ['Menurut seorang pedagang bernama Tini, pasar baru dibuka siang.', 'Tini'],
    ['Menurut warga bernama Yusuf Hamdani, listrik padam sejak malam.', 'Yusuf Hamdani'],
  ])('%s', (text, name) => {
    const claims = claimsOf(INTRO, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.name).toBe(name);
  });
});

describe('A speaker and the office they speak in ("selaku", "sebagai")', () => {
  it.each([
    ['Ratna Dewi selaku Wakil Bupati menyebut bantuan tiba besok pagi.', 'Ratna Dewi'],
    ['Budi Santoso selaku kuasa hukum korban mengatakan kliennya masih trauma.', 'Budi Santoso'],
    ['Yohana sebagai ketua RT setempat mengatakan warga mulai kembali ke rumah.', 'Yohana'],
    ['Rudi Hartono selaku pemilik toko mengaku rugi puluhan juta rupiah.', 'Rudi Hartono'],
    [
      'Kapolsek Sungai Lebar AKP Hendra Saputra selaku Ketua Posko mengatakan jalur evakuasi dibuka.',
      'Hendra Saputra',
    ],
  ])('%s', (text, name) => {
    const claims = claimsOf(INTRO, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.name).toBe(name);
  });

  it('names the person, not the place closing the office, after the cue', () => {
    const [claim] = claimsOf(
      INTRO,
      '"Posko dibuka sampai air surut," kata Ratna Dewi selaku Wakil Bupati Sungai Lebar.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Ratna Dewi');
  });

  it('resolves a pronoun before the office to the person named before', () => {
    const claims = claimsOf(
      'Kepala Dinas Sosial, Sutrisno Wibowo, meninjau posko pengungsian, Rabu.',
      'Ia selaku ketua tim mengatakan logistik cukup untuk sepekan.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.source.resolvesTo).toBe('Sutrisno Wibowo');
  });

  it('gives an institution before the office its own kind', () => {
    const [claim] = claimsOf(
      INTRO,
      'PT Sinar Jaya selaku pengembang menyatakan tanggul akan ditinggikan.',
    );
    expect(claim?.source.kind).toBe('organization');
    expect(claim?.source.text).toBe('PT Sinar Jaya');
  });
});
