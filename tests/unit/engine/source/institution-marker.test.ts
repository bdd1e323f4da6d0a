/** Stage institution-marker: "Pihak" before a name makes the name an institution's (a
 * country's or a capital's: its government). */
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

  it.each([
    ['Pihak Beijing menyatakan tidak akan mengirim kapal.', 'Pihak Beijing'],
    ['Pihak Korea Selatan mengatakan latihan tetap berjalan.', 'Pihak Korea Selatan'],
  ])("a country's or a capital's side is its government: %s", (sentence, text) => {
    expect(lastSource('id', sentence)).toMatchObject({
      kind: 'official_body',
      text,
      basis: 'institution-marker/place',
    });
  });

  it('a lower-case group after the marker is left to the lexicon', () => {
    expect(
      lastSource('id', 'Pihak keluarga menyebutkan korban berangkat kerja sejak subuh.'),
    ).toMatchObject({ kind: 'anonymous' });
  });
});
