/**
 * An expert written with the field and the institution before the name and no comma
 * ("Pengamat ekonomi Universitas Tegal Budi Santoso mengatakan", "kata analis pasar modal
 * Sekuritas Tegal Rina Marlina"): the person speaks, not the institution, on either side of
 * the verb. Written by the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('role, field, institution and name', () => {
  it.each([
    [
      'Pengamat ekonomi Universitas Tegalsari Budi Hartanto mengatakan inflasi akan naik.',
      'Pengamat ekonomi Universitas Tegalsari Budi Hartanto',
    ],
    [
      'Analis pasar modal Sekuritas Cempaka Rina Marlina menilai saham bank masih menarik.',
      'Analis pasar modal Sekuritas Cempaka Rina Marlina',
    ],
    [
      '"Harga beras akan turun," kata pengamat pertanian Universitas Tegalsari Joko Prasetyo.',
      'pengamat pertanian Universitas Tegalsari Joko Prasetyo',
    ],
    [
      'Menurut pengamat kebijakan publik Universitas Cempaka Dewi Lestari, aturan itu perlu dikaji.',
      'pengamat kebijakan publik Universitas Cempaka Dewi Lestari',
    ],
  ])('%s', (text, source) => {
    expect(only(text)?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it('a role and field before a name alone still reads as before', () => {
    expect(
      only('"Jalur itu rawan macet," kata pengamat transportasi Joko Prasetyo.')?.source,
    ).toMatchObject({ text: 'pengamat transportasi Joko Prasetyo', kind: 'named_person' });
  });

  it('people of a place are no institution with a person', () => {
    expect(only('Warga desa Sukamaju mengatakan air sudah surut.')?.source).toMatchObject({
      kind: 'anonymous',
    });
  });
});
