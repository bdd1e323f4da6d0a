/**
 * Indonesian parties by their short names (core/institutions/data/
 * indonesia-parties.ts). "Gerindra menyatakan" was a person, and a party's name between a
 * role and a person's ("politikus PDI Perjuangan Sari Lestari") was read as part of the
 * person's name. The sentences are the team's own; the parties are the registry's.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a party by its short name', () => {
  it.each([
    'Gerindra menyatakan fraksinya akan menolak rancangan itu dalam rapat paripurna.',
    'PKS menilai kebijakan itu merugikan petani di daerah.',
    'Golkar memastikan calonnya tetap maju dalam pemilihan gubernur.',
  ])('%s speaks as an official body', (text) => {
    expect(id(text)?.source.kind).toBe('official_body');
  });

  it.each([
    [
      'Politikus PDI Perjuangan Sari Lestari mengatakan fraksinya terus mengingatkan.',
      'Sari Lestari',
    ],
    ['Politikus Gerindra Dimas Pratama mengatakan fraksinya terus mengingatkan.', 'Dimas Pratama'],
    ['Politikus NasDem Rina Wulandari mengatakan fraksinya terus mengingatkan.', 'Rina Wulandari'],
  ])('between a role and a name, %s is no part of the name', (text, name) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it('a short name that is also a word is read only as written', () => {
    const c = id('Ketua Umum Partai Demokrat Rina Wulandari mengatakan koalisi belum diputuskan.');
    expect(c?.source.name).toBe('Rina Wulandari');
  });
});
