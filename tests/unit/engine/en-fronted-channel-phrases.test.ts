/**
 * English: "Via Twitter, the minister said ...": a phrase opening the sentence with a
 * preposition of the channel ("via", "through"), closed by its comma, is no part of the
 * source. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an opening channel phrase is not the source', () => {
  it.each([
    ['Via Twitter, the minister said the talks would resume in the spring.', 'the minister'],
    ['Via Facebook, the club said its coach had resigned.', 'the club'],
    ['Through a spokesman, Governor Ana Brill said she would not run again.', 'Governor Ana Brill'],
  ])('%s', (sentence, text) => {
    const c = en(sentence);
    expect(c?.source.text).toBe(text);
    expect(c?.source.name).not.toBe('Via Twitter');
  });
});
