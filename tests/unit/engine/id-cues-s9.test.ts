/**
 * Indonesian phrasings found missing or mis-resolved while reading Indonesian copy against
 * the CLI output (second pass), written by the team (none taken from the corpus or the eval
 * pages).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { testRegistry } from './helpers';

function claimsOf(...paragraphs: string[]): Claim[] {
  return analyze(
    { blocks: paragraphs.map((text) => ({ type: 'p' as const, text })) },
    { lang: 'id', registry: testRegistry },
  ).claims;
}

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
