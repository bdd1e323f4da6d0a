/**
 * A party to a lawsuit named by their part in it ("the plaintiff", "the defendant") is an
 * unnamed person speaking, no official. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('the plaintiff, the defendant', () => {
  it.each([
    [
      'The plaintiff filed suit in May in Harlow, claiming that two guards had broken his arm.',
      'The plaintiff',
      'claiming',
    ],
    ['The defendant told the court he had been at home all night.', 'The defendant', 'told'],
  ])('%s', (text, source, cue) => {
    expect(paragraphClaims('en', text).map((c) => [c.source.text, c.source.kind, c.cue])).toEqual([
      [source, 'anonymous', cue],
    ]);
  });
});
