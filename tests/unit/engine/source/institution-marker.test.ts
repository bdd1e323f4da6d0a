/** Stage institution-marker: "Pihak" before a name makes the name an institution's. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage institution-marker', () => {
  it.each([
    ['Pihak PLN mengatakan pemadaman berlangsung dua jam.', 'Pihak PLN'],
    ['Pihak Sinar Abadi menyatakan stok pupuk aman hingga Maret.', 'Pihak Sinar Abadi'],
  ])('%s', (sentence, text) => {
    expect(lastSource('id', sentence)).toMatchObject({
      kind: 'organization',
      text,
      basis: 'institution-marker',
    });
  });

  it('an office among the words keeps its kind', () => {
    expect(
      lastSource('id', 'Pihak Polres Bogor menyatakan kasus itu masih diselidiki.'),
    ).toMatchObject({ kind: 'official_body' });
  });

  it('a lower-case group after the marker is left to the lexicon', () => {
    expect(
      lastSource('id', 'Pihak keluarga menyebutkan korban berangkat kerja sejak subuh.'),
    ).toMatchObject({ kind: 'anonymous' });
  });
});
