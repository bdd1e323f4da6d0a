/** Stage initials: a person known by initials, even initials that spell a country. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage initials', () => {
  it('the initials right after their marker are the person, with the role before them', () => {
    expect(lastSource('id', 'Kepala dinas berinisial AS membantah tuduhan itu.')).toMatchObject({
      kind: 'named_person',
      name: 'AS',
      role: 'Kepala dinas',
      basis: 'initials',
    });
  });

  it('the same initials later are that person, not the country', () => {
    const source = lastSource(
      'id',
      'Kepala dinas berinisial AS membantah tuduhan itu.',
      'AS mengatakan dana itu sudah dikembalikan.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'AS',
      role: 'Kepala dinas',
      basis: 'initials/earlier',
    });
  });

  it('with no marker before, the country stays a country', () => {
    expect(lastSource('id', 'AS mengatakan sanksi akan diperluas.')?.basis).not.toMatch(
      /^initials/,
    );
  });

  it('initials with an age in brackets are a person, even initials that spell a country', () => {
    expect(lastSource('id', 'AS (34) mengaku sudah enam kali membobol rumah.')).toMatchObject({
      kind: 'named_person',
      name: 'AS',
      basis: 'initials',
    });
    expect(
      lastSource('id', 'Sementara itu, MR (45), ayah korban, mengatakan anaknya pamit bermain.'),
    ).toMatchObject({ kind: 'named_person', name: 'MR' });
  });

  it('initials with an age after a description and a comma are that person', () => {
    expect(
      lastSource('id', '"Saya dipukul di kepala," kata korban, RN (17), saat ditemui.'),
    ).toMatchObject({ kind: 'named_person', name: 'RN' });
  });

  it('a year in brackets after a body is no age', () => {
    expect(lastSource('id', 'Menurut BPS (2023), angka kemiskinan turun.')?.kind).not.toBe(
      'named_person',
    );
  });
});
