/**
 * "clarified that ...", "confessed that ...": verbs of saying before their clause (or after a
 * quotation); with a thing as object ("clarified the rules", "confessed to the theft") they
 * report nothing. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const cues = (text: string) =>
  paragraphClaims('en', text).map((c) => [c.cue, c.source.text, c.claim]);

describe('clarifying and confessing words', () => {
  it.each([
    [
      'The mayor, Ana Lind, clarified that the bridge would stay open.',
      ['clarified', 'The mayor, Ana Lind', 'the bridge would stay open'],
    ],
    [
      'The driver Tom Vale confessed that he had left the gate open.',
      ['confessed', 'The driver Tom Vale', 'he had left the gate open'],
    ],
    [
      '“I left the gate open,” Tom Vale confessed.',
      ['confessed', 'Tom Vale', 'I left the gate open'],
    ],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual([expected]);
  });

  it.each([
    'The ministry clarified the rules for street stalls on Monday.',
    'Two guards confessed to the theft of the paintings.',
  ])('a thing as object: %s', (text) => {
    expect(cues(text)).toEqual([]);
  });
});
