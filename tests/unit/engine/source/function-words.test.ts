/** Stage function-words: small words alone name no one, and no later stage is asked. */
import { describe, expect, it } from 'vitest';
import { functionWords } from '@/core/source/stages/function-words';
import { NOT_A_SOURCE } from '@/core/source/stages';
import { decide, lastSource } from './helpers';

describe('stage function-words', () => {
  it.each([
    ['en', 'Nobody knew what we said.', 'what we'],
    ['id', 'Semua sudah jelas, kata kami.', 'kami'],
  ] as const)('%s: "%s" is no source', (lang, sentence, phrase) => {
    expect(decide(functionWords, sentence, phrase, lang)).toBe(NOT_A_SOURCE);
  });

  it('passes on a lexicon word among small words', () => {
    expect(decide(functionWords, 'The officials said so.', 'The officials', 'en')).toBeNull();
  });

  it('leaves the sentence with no claim from that phrase', () => {
    expect(lastSource('en', 'In fact, it is what it is, this said.')).toBeUndefined();
  });
});
