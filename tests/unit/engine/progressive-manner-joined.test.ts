/** A progressive of saying with a manner adverb before it ("has been openly warning that"),
 * or joined by "and" to another progressive ("has been touring the county and telling
 * voters that"), still names its speaker; an adjective joined to "is" opens no progressive.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('progressives of saying', () => {
  it.each([
    ['Councillor Tom Vale has been openly warning that the pier will close.', 'warning'],
    [
      'Councillor Tom Vale has been touring the county and telling reporters that the pier will close.',
      'telling',
    ],
    [
      'Councillor Tom Vale has been making this case and loudly insisting that the pier will close.',
      'insisting',
    ],
  ])('%s', (text, cue) => {
    const [c] = claims(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toBe('Councillor Tom Vale');
    expect(c?.claim).toBe('the pier will close');
  });

  it.each([
    'The mayor is a lawyer and claiming that the town owes her money is absurd.',
    'The crowd was cheering and singing that the team would win.',
  ])('no progressive of saying: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
