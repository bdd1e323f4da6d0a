/**
 * Indonesian phrasing classes found in real copy (written here by the team, none taken from
 * the evaluation corpus), checked through the whole pipeline: the claim of the last sentence,
 * its cue and its source. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { testRegistry } from './helpers';

function lastClaim(text: string): Claim | undefined {
  const sentences = text.split(' || ');
  const blocks = sentences.map((t) => ({ type: 'p' as const, text: t }));
  const tail = sentences[sentences.length - 1] as string;
  return analyze({ blocks }, { lang: 'id', registry: testRegistry }).claims.find((c) =>
    tail.includes(c.sentence),
  );
}

describe('Indonesian copy: sources as written in real articles', () => {
  it.each<[string, Claim['source']['kind'], string, string]>([
    // Countries by their usual short forms and spellings speak as governments.
    [
      'Korsel menuduh dua teknisi asing menyalin data rancangan kapal.',
      'official_body',
      'menuduh',
      'Korsel',
    ],
    [
      'Perancis menegaskan, embargo senjata tetap berlaku.',
      'official_body',
      'menegaskan',
      'Perancis',
    ],
    // A place after a person's name is where the words were said.
    [
      '"Harga cabai mulai turun," kata Suryani di Jakarta, Selasa (3/6/2025).',
      'named_person',
      'kata',
      'Suryani',
    ],
    [
      '"Kami menunggu hasil uji," ujar Kepala BPOM Ratna Sari dari laman resmi BPOM.',
      'named_person',
      'ujar',
      'Kepala BPOM Ratna Sari',
    ],
    // Written sources: an analysis, a website, a regulation, an autopsy report.
    [
      'Menurut analisis lembaga itu, impor beras akan naik tahun depan.',
      'document',
      'Menurut',
      'analisis lembaga itu',
    ],
    [
      'Dikutip dari laman resminya, pendaftaran dibuka hingga akhir Juli.',
      'document',
      'Dikutip dari',
      'laman',
    ],
    [
      'Dalam surat edaran itu disebutkan bahwa sekolah libur dua pekan.',
      'document',
      'disebutkan bahwa',
      'surat edaran itu',
    ],
    [
      'Di dalam beleid tersebut tertulis bahwa tarif tidak boleh naik.',
      'document',
      'tertulis bahwa',
      'beleid tersebut',
    ],
    [
      'Dari hasil otopsi, terungkap bahwa korban dipukul benda tumpul.',
      'document',
      'terungkap bahwa',
      'hasil otopsi',
    ],
    // An acronym defined inside a longer name is that institution later on.
    [
      'Badan Pengawas Galangan (BPG) Korsel menyebutkan, kapal itu rusak. || "Pemeriksaan masih berjalan," ujar BPG.',
      'official_body',
      'ujar',
      'BPG',
    ],
    // A person's age in brackets between the name and the description.
    [
      'Rina Kartika (34), pedagang kain di Pasar Baru, menilai harga sewa kios terlalu mahal.',
      'named_person',
      'menilai',
      'Rina Kartika (34), pedagang kain di Pasar Baru',
    ],
    // A description pointing back, with words describing its noun before "itu".
    [
      'Samsung merilis ponsel lipat baru. || Perusahaan raksasa elektronik itu mengatakan, stok terbatas.',
      'organization',
      'mengatakan',
      'Perusahaan raksasa elektronik itu',
    ],
    // An announcement or an official account as the written source.
    [
      'Menurut pengumuman Panitia Lomba Desa, pemenang diumumkan pekan depan.',
      'document',
      'Menurut',
      'pengumuman Panitia Lomba Desa',
    ],
    [
      'Dilansir dari akun resmi klub, latihan diliburkan dua hari.',
      'document',
      'Dilansir dari',
      // "klub" is an organization's word: the account is the club's.
      'akun resmi klub',
    ],
    // "Pernyataan itu disampaikan X": the speaker after an agentless passive.
    [
      'Harga pupuk akan turun. || Pernyataan itu disampaikan Sutarmin dalam rapat desa.',
      'named_person',
      'Pernyataan itu disampaikan',
      'Sutarmin',
    ],
    // Hearsay with no source.
    ['Sempat beredar kabar bahwa Pasar Lama akan dibongkar.', 'unattributed', 'beredar kabar', ''],
  ])('%s', (text, kind, cue, source) => {
    const c = lastClaim(text);
    expect(c, 'no claim').toBeDefined();
    expect(c?.source.kind).toBe(kind);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toBe(source);
  });

  it.each([
    'Dalam persidangan terungkap bahwa terdakwa sempat kabur ke luar kota.', // nobody named
    'Berdasarkan Undang-Undang Cipta Kerja, pesangon dihitung ulang.', // a legal basis
  ])('no claim: %s', (text) => {
    expect(lastClaim(text)).toBeUndefined();
  });
});
