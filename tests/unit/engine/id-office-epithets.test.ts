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
      'Menteri Keuangan Sari Wulan membuka pameran pajak di Sukamaju.',
      'Bendahara Negara menyampaikan defisit tahun ini lebih sempit.',
      'Sari Wulan',
    ],
    [
      'Presiden Bagas Wiratama meresmikan bendungan baru di Sukamaju.',
      'Kepala Negara mengatakan bendungan itu akan mengairi sawah warga.',
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
      'Menteri Keuangan Sari Wulan membuka pameran pajak di Sukamaju.',
      'Bendahara Negara menyampaikan defisit tahun ini lebih sempit.',
      'Dia bilang, penerimaan pajak naik.',
    ).at(-1);
    expect(c?.source.resolvesTo).toBe('Sari Wulan');
  });

  it('never named, the epithet is an unnamed official', () => {
    const c = paragraphClaims(
      'id',
      'Bendungan baru itu diresmikan pagi ini.',
      'Kepala Negara mengatakan bendungan itu akan mengairi sawah warga.',
    ).at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
