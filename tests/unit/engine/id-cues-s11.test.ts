/**
 * Indonesian phrasings found missing or mis-classified in reading Kompas (2025) and the 2020
 * copy in session 11, written by the team (none taken from the corpus or the eval pages).
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
