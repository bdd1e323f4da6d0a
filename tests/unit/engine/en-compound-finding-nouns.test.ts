/** A finding verb's plural form after "a" and a singular noun is a compound's noun ("a radio
 * show", "a rare find"), no finding; a plural head keeps its verb ("A series of polls show").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (texts: string[]) => paragraphClaims('en', ...texts);

describe('compound nouns ending in a finding verb', () => {
  it('the show is no finder', () => {
    const found = claims(['Reyes, speaking on a local radio show, said the branch would reopen.']);
    expect(found.map((c) => c.cue)).toEqual(['said']);
    expect(found[0]?.source.text).toBe('Reyes');
  });

  it.each([
    'Lena Ortiz hosts a weekly radio show on Sundays.',
    'The vase was a rare newspaper find.',
  ])('a compound noun in a sentence without a cue is no claim: %s', (text) => {
    expect(claims([text])).toEqual([]);
  });

  it.each([
    ['A series of polls show that support for the bridge is falling.', 'show'],
    ['A new survey of teachers finds that most classes are too large.', 'finds'],
  ])('a plural head or a singular form still finds: %s', (text, cue) => {
    const [c] = claims([text]);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('document');
  });
});
