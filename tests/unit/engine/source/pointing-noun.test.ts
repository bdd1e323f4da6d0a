/** Stage pointing-noun: a sentence's first word then a pointing word is a common noun. */
import { describe, expect, it } from 'vitest';
import { pointingNoun } from '@/core/source/stages/pointing-noun';
import { NOT_A_SOURCE } from '@/core/source/stages';
import { decide, lastSource } from './helpers';

describe('stage pointing-noun', () => {
  it.each([
    'Kebijakan tersebut memastikan tarif listrik tidak naik.',
    'Keberhasilan itu menegaskan bahwa latihan mereka berbuah.',
    'Langkah ini memastikan pasokan beras aman sampai Lebaran.',
  ])('a thing is no source: %s', (sentence) => {
    expect(lastSource('id', sentence)).toBeUndefined();
  });

  it('a noun for people by its form is an unnamed person', () => {
    expect(lastSource('id', 'Penjaga itu mengaku tidak melihat siapa pun.')).toMatchObject({
      kind: 'anonymous',
      basis: 'pointing-noun',
    });
  });

  it('decides the phrase directly', () => {
    expect(
      decide(
        pointingNoun,
        'Kebijakan tersebut memastikan tarif tidak naik.',
        'Kebijakan tersebut',
        'id',
      ),
    ).toBe(NOT_A_SOURCE);
  });

  it('passes on a name introduced before, a name mid-sentence and a lexicon noun', () => {
    expect(
      lastSource('id', 'Rina Wulandari mengatakan harga naik.', 'Rina itu menyebut stok aman.'),
    ).toMatchObject({ kind: 'named_person' });
    expect(
      decide(
        pointingNoun,
        'Menurut data, Kebijakan tersebut memastikan tarif tidak naik.',
        'Kebijakan tersebut',
        'id',
      ),
    ).toBeNull();
    expect(lastSource('id', 'Warga itu mengatakan air naik sejak subuh.')).toMatchObject({
      kind: 'anonymous',
      basis: 'lexicon-head',
    });
  });
});
