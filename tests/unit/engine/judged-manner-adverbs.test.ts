/** The reporter's judgement of a statement written between its source and verb ("wrongly
 * claimed", "secara keliru menyatakan") or its manner ("optimistically predicted") belongs to
 * neither: the source stays whole and bare. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('judging and manner adverbs before the verb', () => {
  it.each([
    ['The senator wrongly claimed that the dam had been sold.', 'en', 'The senator'],
    ['Mayor Ana Ruiz falsely said the dam had been sold.', 'en', 'Mayor Ana Ruiz'],
    ['The council correctly noted that the dam had not been sold.', 'en', 'The council'],
    [
      'The governor optimistically predicted that the dam would reopen by June.',
      'en',
      'The governor',
    ],
    ['Senator itu keliru menyebut bahwa bendungan itu sudah dijual.', 'id', 'Senator itu'],
    [
      'Bupati Ana Rusli secara keliru menyatakan bahwa bendungan itu sudah dijual.',
      'id',
      'Bupati Ana Rusli',
    ],
  ] as const)('%s', (text, lang, source) => {
    expect(onlyClaim(text, lang)?.source.text).toBe(source);
  });
});
