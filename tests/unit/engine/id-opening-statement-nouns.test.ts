/**
 * A noun of saying opening the sentence with the people who gave it, then a comma and the
 * claim ("Keterangan saksi, ...", "Pengakuan sejumlah warga, ..."): read as "Menurut
 * keterangan saksi" and "Dari keterangan saksi" are, the people are the source. Every sentence
 * is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('an opening noun of saying with its giver', () => {
  it.each([
    ['Keterangan saksi, truk itu melaju kencang sebelum menabrak pagar.', 'saksi', 'anonymous'],
    [
      'Pengakuan sejumlah warga, mereka belum menerima beras bantuan.',
      'sejumlah warga',
      'anonymous',
    ],
    ['Kesaksian dua nelayan, perahu itu terbalik sebelum subuh.', 'dua nelayan', 'anonymous'],
    [
      'Penuturan Camat Rudi Hartono, jalan desa itu selesai diperbaiki bulan depan.',
      'Camat Rudi Hartono',
      'named_person',
    ],
  ])('%s', (text, source, kind) => {
    const c = id(text);
    expect(c?.rule).toBe('opening-basis');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it('the same source as with "Menurut"', () => {
    const a = id('Menurut keterangan saksi, truk itu melaju kencang.');
    const b = id('Keterangan saksi, truk itu melaju kencang.');
    expect(b?.source.text).toBe(a?.source.text);
    expect(b?.source.kind).toBe(a?.source.kind);
  });

  it('a relative clause after the comma makes the noun a subject', () => {
    const claims = paragraphClaims(
      'id',
      'Keterangan saksi, yang diperiksa pada Senin, menguatkan dugaan penyidik.',
    );
    expect(claims.filter((c) => c.rule === 'opening-basis')).toHaveLength(0);
  });

  it('no people after the noun, no source', () => {
    const claims = paragraphClaims('id', 'Pengakuan itu, tentu saja, mengejutkan banyak orang.');
    expect(claims.filter((c) => c.rule === 'opening-basis')).toHaveLength(0);
  });

  it('in English an opening noun of fearing is a subject', () => {
    const claims = paragraphClaims(
      'en',
      'Fears among residents, already high, grew after the storm.',
    );
    expect(claims.filter((c) => c.rule === 'opening-basis')).toHaveLength(0);
  });
});
