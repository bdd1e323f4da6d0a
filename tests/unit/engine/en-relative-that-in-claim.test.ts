/**
 * A "that" a few words after the verb opens the words only when it is a complementizer:
 * followed by a verb it is a relative pronoun inside the claim ("said Lena opposed any plan
 * that raised fares"), whether the clause opens with a determiner, a name or a pronoun; after
 * a day it still opens the words, even before a past form used as an adjective. Sentences are
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a relative "that" inside the claim', () => {
  it.each([
    [
      'A spokesman said Marlow rejected any move that raised tension.',
      'Marlow rejected any move that raised tension',
    ],
    [
      'The coach said Lena opposed any plan that doubled training hours.',
      'Lena opposed any plan that doubled training hours',
    ],
    ['The coach said the families that fled were safe.', 'the families that fled were safe'],
  ])('%s', (text, claim) => {
    expect(storyClaims(text, 'en')[0]?.claim).toBe(claim);
  });

  it.each([
    [
      'The minister said Monday that increased spending would not fix the roads.',
      'increased spending would not fix the roads',
    ],
    [
      'Officials said Friday that armed men had stormed the depot.',
      'armed men had stormed the depot',
    ],
  ])('after a day "that" opens the words: %s', (text, claim) => {
    expect(storyClaims(text, 'en')[0]?.claim).toBe(claim);
  });
});
