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
    // A clause of time too: each speaker's words are a claim of their own.
    [
      'When the board accused the mayor of wasting money, she said the port was broke.',
      ['the mayor of wasting money', 'the port was broke'],
    ],
    [
      'After the mayor said the dam was safe, engineers warned that cracks had spread.',
      ['the dam was safe', 'cracks had spread'],
    ],
  ] as const)('%s', (text, parts) => {
    expect(paragraphClaims('en', text).map((c) => c.claim)).toEqual(parts);
  });

  it('Indonesian "ketika" too', () => {
    const text =
      'Ketika Budi menuduh dewan memboroskan uang, Rina mengatakan pelabuhan itu bangkrut.';
    expect(paragraphClaims('id', text).map((c) => c.cue)).toEqual(['menuduh', 'mengatakan']);
  });

  it('a clause of being asked has no speaker of its own', () => {
    const claims = paragraphClaims('en', 'When asked about the dam, the mayor said it was safe.');
    expect(claims.map((c) => c.claim)).toEqual(['it was safe']);
  });
});
