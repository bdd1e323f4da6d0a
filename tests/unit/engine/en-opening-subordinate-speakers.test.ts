/** "While X says A, Y warns B": a sentence opened by a subordinator whose clause has a speaker
 * of its own, closed by a comma before a second speaker, holds two claims (the guidelines'
 * two independent cues), not one running to the end. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a subordinate clause with its own speaker opening the sentence', () => {
  it.each([
    [
      'While the mayor says the dam is safe, engineers warn that cracks have spread.',
      ['the dam is safe', 'cracks have spread'],
    ],
    [
      'Although charity officials say costs take 9 percent of gifts, the audit found the share is 25 percent.',
      ['costs take 9 percent of gifts', 'the share is 25 percent'],
    ],
  ] as const)('%s', (text, parts) => {
    expect(paragraphClaims('en', text).map((c) => c.claim)).toEqual(parts);
  });
});
