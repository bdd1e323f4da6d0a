/** Stage regulation-number: a name cited with a regulation's number and year is a document. */
import { describe, expect, it } from 'vitest';
import { regulationNumber } from '@/core/source/stages/regulation-number';
import { decide, lastSource } from './helpers';

describe('stage regulation-number', () => {
  it('an abbreviation before "Nomor ... Tahun ..." is the regulation', () => {
    expect(
      decide(
        regulationNumber,
        'Permentan Nomor 3 Tahun 2020 menyebutkan pupuk wajib diawasi.',
        'Permentan Nomor',
        'id',
      ),
    ).toMatchObject({ kind: 'document', basis: 'regulation-number' });
  });
  it('a number and year right after the span', () => {
    expect(lastSource('id', 'PMK 8 Tahun 2019 menyatakan bahwa cukai naik.')?.basis).toBe(
      'regulation-number',
    );
  });
  it('a school number is no regulation', () => {
    expect(
      decide(regulationNumber, 'SD Nomor 5 menyatakan libur dimulai.', 'SD Nomor', 'id'),
    ).toBeNull();
  });
  it('an age is no regulation', () => {
    expect(decide(regulationNumber, 'Budi 45 tahun mengatakan.', 'Budi', 'id')).toBeNull();
  });
});
