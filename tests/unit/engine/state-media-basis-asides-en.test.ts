/**
 * "X told reporters, according to Statenews, that ...", "X said, as cited by Statenews, that
 * ...", "X said on Monday, in a statement carried by state media, that ...": between the verb
 * and its "that", a day and an aside naming the outlet the words came through. The claim is
 * what "that" opens; the speaker stays the source and the outlet its via. Sentences are the
 * team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe('an aside before the claim\'s "that"', () => {
  it.each([
    [
      'Foreign Minister Arlo Venter told reporters, according to Statenews, that the border would reopen.',
      'Statenews',
    ],
    [
      'Foreign Minister Arlo Venter said, according to state media, that the border would reopen.',
      'state media',
    ],
    [
      'Foreign Minister Arlo Venter said on Monday, according to Statenews, that the border would reopen.',
      'Statenews',
    ],
    [
      'Foreign Minister Arlo Venter said on Friday, in a statement carried by state media, that the border would reopen.',
      'state media',
    ],
    [
      'Foreign Minister Arlo Venter said, as cited by Statenews, that the border would reopen.',
      'Statenews',
    ],
    [
      'Foreign Minister Arlo Venter said on Monday, quoted by state media, that the border would reopen.',
      'state media',
    ],
  ])('%s', (text, via) => {
    const claim = first(text);
    expect(claim?.claim).toBe('the border would reopen');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it('a day and an occasion with no outlet', () => {
    const claim = first('The ministry said Friday, in a statement, that the border would reopen.');
    expect(claim?.claim).toBe('the border would reopen');
  });
});
