/** A participle of saying right after a date, with no comma ("held a vote on Monday saying
 * ...", "on Jan. 6 claiming ..."), hangs on the sentence's subject as it does after a comma;
 * one that describes the subject, with the sentence's own verb after it, does not. Sentences
 * are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('participles after a date', () => {
  it.each([
    ['The union staged a strike on Monday saying wages were too low.', 'The union'],
    [
      'North Korea fired a rocket on Feb. 7 claiming to have put a satellite in orbit.',
      'North Korea',
    ],
    ['The ministry closed the border on March 3 saying the flu had spread.', 'The ministry'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it('a participle describing the subject before its verb reports nothing', () => {
    expect(
      paragraphClaims('en', 'The man held on Monday claiming to be a doctor was released.'),
    ).toEqual([]);
  });
});
