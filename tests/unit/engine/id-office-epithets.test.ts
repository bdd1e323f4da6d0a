/**
 * Indonesian copy calls an office holder by an epithet of the office after naming them:
 * "Bendahara Negara" for the finance minister, "Kepala Negara" for the president. The
 * epithet is a role word (its "Negara" is no name) pointing back to the last person named
 * with that office; never named, it is an unnamed official as any bare role is. Sentences
 * written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

describe('an office epithet points back to the holder named before', () => {
  it.each([
    [
      'Menteri Keuangan Sari Wulan menjelaskan dana itu sudah disalurkan.',
      'Bendahara Negara menyampaikan bank harus menyalurkan kredit tiga kali lipat.',
      'Sari Wulan',
    ],
    [
      'Presiden Bagas Wiratama sempat marah karena serapan anggaran rendah.',
      'Kepala Negara mengatakan sejumlah menteri masih lamban.',
      'Bagas Wiratama',
    ],
  ])('%s / %s', (first, second, name) => {
    const c = paragraphClaims('id', first, second).at(-1);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe(name);
  });

  it('a pronoun after the epithet is the same person, not "Negara"', () => {
    const c = paragraphClaims(
      'id',
      'Menteri Keuangan Sari Wulan menjelaskan dana itu sudah disalurkan.',
      'Bendahara Negara menyampaikan bank harus menyalurkan kredit tiga kali lipat.',
      'Dia bilang, bank harus melapor setiap bulan.',
    ).at(-1);
    expect(c?.source.resolvesTo).toBe('Sari Wulan');
  });

  it('never named, the epithet is an unnamed official', () => {
    const c = paragraphClaims(
      'id',
      'Serapan anggaran kesehatan baru dua persen.',
      'Kepala Negara mengatakan sejumlah menteri masih lamban.',
    ).at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
