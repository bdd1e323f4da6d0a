/**
 * Subjects Indonesian local news gives its claims, written by the team (none taken from the
 * corpus): the institution by its common noun ("pihak rumah sakit"), an unnamed role with
 * what it heads ("kepala sekolah"), people by what they did or are to the case ("tersangka",
 * "keluarga"), a noun of saying before its speaker ("menurut penuturan warga"), and the
 * person described by a lower-case word after the verb ("ujar pesepak bola ...").
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('Indonesian local-news subjects', () => {
  it.each([
    [
      'Pihak rumah sakit memastikan tidak ada pasien yang dipindahkan malam itu.',
      'organization',
      'Pihak rumah sakit',
    ],
    [
      'Pihak sekolah menjelaskan bahwa ujian susulan digelar pekan depan.',
      'organization',
      'Pihak sekolah',
    ],
    [
      'Kepala sekolah menyampaikan bahwa kelas daring hanya berlaku dua hari.',
      'unnamed_official',
      'Kepala sekolah',
    ],
    [
      'Pihak keluarga menyebutkan korban berangkat kerja sejak subuh.',
      'anonymous',
      'Pihak keluarga',
    ],
    ['Tersangka mengaku membeli bahan peledak itu lewat toko daring.', 'anonymous', 'Tersangka'],
    ['Pelaku mengaku sudah tiga kali membobol gudang yang sama.', 'anonymous', 'Pelaku'],
    ['Menurut penuturan pedagang, pasar sepi sejak jalan ditutup.', 'anonymous', 'pedagang'],
    // An unnamed source described by a relative clause that runs up to the verb.
    [
      'Sumber yang mengetahui rencana tersebut mengatakan izin tambang itu dicabut.',
      'anonymous',
      'Sumber yang mengetahui rencana tersebut',
    ],
    // Verbs of saying that were missing: "berkata", "membenarkan", "menyangkal".
    // An office and the place the sentence shows it holds, no person's name: an unnamed
    // official.
    [
      'Lurah Sukamaju berkata pendataan ulang warga Kelurahan Sukamaju dimulai pekan depan.',
      'unnamed_official',
      'Lurah Sukamaju',
    ],
    [
      'Kepala Bidang Humas Polda Jambi Kombes Mulyono membenarkan penangkapan itu.',
      'named_person',
      'Kepala Bidang Humas Polda Jambi Kombes Mulyono',
    ],
    ['Koperasi itu menyangkal telah menahan dana anggotanya.', 'organization', 'Koperasi itu'],
    // A passive cue running into another: "Hal tersebut disampaikan" + "disampaikan oleh".
    [
      'Hal tersebut disampaikan oleh Ketua Koperasi Tani Makmur, Ahmad Yani.',
      'named_person',
      'Ketua Koperasi Tani Makmur, Ahmad Yani',
    ],
    // After a quote, a lower-case word saying what the person is, then the name.
    [
      '"Latihan kami cukup," ujar pesepak bola Rudi Hartono.',
      'named_person',
      'pesepak bola Rudi Hartono',
    ],
    [
      '"Kami siap," kata pelatih Persatuan Sepak Bola Bantul, Yusuf Effendi.',
      'named_person',
      'pelatih Persatuan Sepak Bola Bantul, Yusuf Effendi',
    ],
  ] as const)('%s', (text, kind, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text).toBe(source);
  });
});

describe('Indonesian relays through state media', () => {
  it.each([
    [
      'Menteri itu menyebut panen gagal di tiga provinsi, demikian dilaporkan Statenews.',
      'Menteri itu',
    ],
    [
      'Presiden Arman Lutfi, seperti dikutip Statenews, mengatakan negaranya siap berunding.',
      'Presiden Arman Lutfi',
    ],
    [
      'Seperti dikutip Statenews, Menteri Luar Negeri Dara Sulistya mengatakan sanksi itu keliru.',
      'Menteri Luar Negeri Dara Sulistya',
    ],
  ] as const)('%s', (text, speaker) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(speaker);
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toContain('state_media');
  });
});
