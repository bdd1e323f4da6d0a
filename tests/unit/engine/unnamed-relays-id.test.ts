/**
 * Indonesian unnamed sources, state-media relays and role-before-name quotes, found missing
 * while reading Indonesian copy against the CLI output. The sentences are the team's own
 * (none taken from the corpus or the eval pages); the outlets are the fixture registry's.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { onlyClaim, paragraphClaims, testRegistry } from './helpers';

const claimsOf = (text: string) => paragraphClaims('id', text);

const only = (text: string) => onlyClaim(text, 'id');

describe('Indonesian relays after the claim: "dikutip X", "seperti diberitakan X"', () => {
  it.each([
    [
      'Menteri Perikanan Togar Simbolon menegaskan kuota tangkap tidak berubah, dikutip Statenews.',
      'Menteri Perikanan Togar Simbolon',
    ],
    [
      'Gubernur Rahmat Hidayat menyebut jembatan itu rampung bulan depan, dikutip oleh Statenews.',
      'Gubernur Rahmat Hidayat',
    ],
    [
      'Perdana menteri itu mengatakan pemilu tetap digelar, seperti diberitakan Statenews.',
      'Perdana menteri itu',
    ],
    [
      'Diberitakan Statenews, juru bicara militer menyebut dua kapal telah ditarik mundur.',
      'juru bicara militer',
    ],
  ])('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toContain('state_media');
  });

  it('a bare "Diberitakan," with no outlet is no relay', () => {
    expect(claimsOf('Diberitakan, panitia tengah menyiapkan tiga lokasi baru.')).toEqual([]);
  });
});

describe('Indonesian "mengutip" as "citing": the cited source speaks through the outlet', () => {
  it.each([
    [
      'Statenews, mengutip seorang pejabat kementerian, melaporkan bahwa panen gagal di tiga provinsi.',
      'seorang pejabat kementerian',
    ],
    [
      'Statenews melaporkan, mengutip sumber di kepolisian, bahwa dua tersangka sudah diperiksa.',
      'sumber di kepolisian',
    ],
  ])('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('an opening "Mengutip <data>," leaves the speaker after it as the source', () => {
    const claim = only('Mengutip data survei, Dinas Pertanian mengatakan harga gabah naik.');
    expect(claim?.source.text).toBe('Dinas Pertanian');
    expect(claim?.source.kind).toBe('official_body');
  });
});

describe('Indonesian unnamed sources: circles, leaders, sources within an institution', () => {
  it.each([
    // "kalangan" (circles of) opens a group of people like "para".
    [
      'Kalangan petambak menilai harga pakan udang terlalu mahal.',
      'anonymous',
      'Kalangan petambak',
    ],
    // "pemimpin" is a role: a leader with no name is an unnamed official.
    [
      'Pemimpin Korea Selatan menyatakan negaranya siap membuka perbatasan.',
      'unnamed_official',
      'Pemimpin Korea Selatan',
    ],
    // "di lingkungan X" (within X) keeps the institution in the source phrase.
    [
      '"Draf itu belum diteken," kata sumber di lingkungan Kementerian Perdagangan.',
      'unnamed_official',
      'sumber di lingkungan Kementerian Perdagangan',
    ],
    [
      'Menurut sumber di lingkungan Mabes Polri, berkas perkara itu sudah lengkap.',
      'unnamed_official',
      'sumber di lingkungan Mabes Polri',
    ],
  ])('%s', (text, kind, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text).toBe(source);
    expect(claim?.flags).toContain('unnamed_source');
  });
});

describe('Indonesian role or description before a name, after a quote', () => {
  it.each([
    // A role word of the lexicon ("koordinator") joins the name after the comma.
    [
      '"Jalur itu belum dibuka," kata Koordinator Forum Pedagang Kaki Lima, Heru Setiawan.',
      'Koordinator Forum Pedagang Kaki Lima, Heru Setiawan',
    ],
    // A description no lexicon knows in full, a comma, then the name.
    [
      '"Sungai kami sudah tercemar," ujar aktivis lingkungan hidup, Markus Sinaga.',
      'aktivis lingkungan hidup, Markus Sinaga',
    ],
    ['"Anak saya belum pulang," kata ayah tiga anak itu, Darmaji.', 'ayah tiga anak itu, Darmaji'],
    [
      '"Harga bawang naik lagi," kata seorang ibu rumah tangga, Sumiati, di Pasar Baru.',
      'seorang ibu rumah tangga, Sumiati',
    ],
  ])('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.text).toBe(source);
  });

  it('a name that does not close the phrase starts the claim instead', () => {
    const claim = only('Menurut pengamat politik, Prabowo akan menang mudah.');
    expect(claim?.source.kind).toBe('anonymous');
  });
});

describe('Indonesian descriptions pointing back to the person quoted before', () => {
  function last(...paragraphs: string[]): Claim | undefined {
    const claims = analyze(
      { blocks: paragraphs.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'id', registry: testRegistry },
    ).claims;
    return claims[claims.length - 1];
  }
  const opening =
    'Ketua Umum Partai Demokrat, Rahmat Wijaya, mengatakan partainya siap berkoalisi.';

  it.each([
    '"Kami belum memutuskan," tutur pria berusia 58 tahun itu.',
    '"Kami belum memutuskan," ujar pria yang akrab disapa Mamat itu.',
    // "politikus" is a role: closed by a pointing word it is the person named before.
    '"Kami belum memutuskan," kata politikus Partai Demokrat tersebut.',
  ])('%s', (text) => {
    const claim = last(opening, text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Rahmat Wijaya');
    // Later pronouns still point to the person, not to the party in the description.
    const next = last(opening, text, 'Dia menambahkan rapat akan digelar pekan depan.');
    expect(next?.source.resolvesTo).toBe('Rahmat Wijaya');
  });

  it('a party speaking as such is an official body', () => {
    expect(only('Partai Demokrat menyatakan dukungan kepada calon itu.')?.source.kind).toBe(
      'official_body',
    );
  });
});

describe('Indonesian relays by interview or broadcast', () => {
  it.each([
    [
      'Menteri Energi Arif Kusnadi mengatakan dalam wawancara dengan Statenews bahwa tarif listrik tidak naik.',
      'Menteri Energi Arif Kusnadi',
    ],
    [
      '"Kami tidak akan mundur," kata Panglima Militer Hendra Saputra seperti disiarkan Statenews.',
      'Panglima Militer Hendra Saputra',
    ],
  ])('%s', (text, source) => {
    const claim = only(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toContain('state_media');
  });

  it('a broadcast with no one speaking is no relay of a claim', () => {
    expect(claimsOf('Pertandingan final itu disiarkan langsung oleh Statenews.')).toEqual([]);
  });
});

describe('Indonesian unnamed officials and insiders', () => {
  it.each([
    // Counted as one person, a body's word is one of its officials.
    ['"Lalu lintas dialihkan sejak subuh," kata seorang polisi di lokasi.', 'unnamed_official'],
    ['"Tembakan terdengar dari bukit," kata seorang perwira.', 'unnamed_official'],
    ['Seorang tentara mengatakan pos itu sudah dikosongkan.', 'unnamed_official'],
    ['"Nama calonnya sudah dikunci," kata orang dalam partai itu.', 'anonymous'],
    // A region is a place: "Para pemimpin Asia" are unnamed officials, not a name.
    ['Para pemimpin Asia menyatakan dukungan terhadap perjanjian dagang itu.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.flags).toContain('unnamed_source');
  });

  it('the police as such stays an official body', () => {
    expect(only('Polisi mengatakan jalan itu ditutup sementara.')?.source.kind).toBe(
      'official_body',
    );
  });
});

describe('Indonesian sources inside a party or a company', () => {
  it.each([
    ['Sumber internal perusahaan mengatakan pabrik di Cikarang akan ditutup.', 'anonymous'],
    ['Seorang petinggi partai mengatakan nama calon wakil sudah dikantongi.', 'unnamed_official'],
    ['Seorang kader partai mengatakan rapat pleno ditunda.', 'anonymous'],
  ])('%s', (text, kind) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.flags).toContain('unnamed_source');
  });
});
