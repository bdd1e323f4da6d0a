/** An age set off by commas after a name ("Lopez, 42, said") is read by one helper, for the
 * name-evidence pass and the lone-name stage alike. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { ageBetweenCommas } from '@/core/source/tokens';
import { tokenize } from '@/core/text';

const commaAfter = (text: string, word: string) => {
  const tokens = tokenize(text);
  return { tokens, at: tokens.findIndex((t) => t.text === word) + 1 };
};

describe('ageBetweenCommas', () => {
  it.each([
    ['Marlowe, 42, said the gate was shut.', 'Marlowe', true],
    ['Kusuma, 7, menangis di pelukan ibunya.', 'Kusuma', true],
    ['Marlowe, 1200, said nothing.', 'Marlowe', false],
    ['Marlowe, 42 and tired, said nothing.', 'Marlowe', false],
    ['Marlowe said 42, not 43, were hurt.', 'Marlowe', false],
  ])('%s', (text, word, aged) => {
    const { tokens, at } = commaAfter(text, word);
    expect(ageBetweenCommas(tokens, at)).toBe(aged);
  });
});
