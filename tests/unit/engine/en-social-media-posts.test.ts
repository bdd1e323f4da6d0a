/**
 * Words posted on a social network: '"...", posted Jane Roe on her account' (the verb before
 * its speaker, right after the quotation) and "took to X to write, “...”" (the quotation after
 * the infinitive's comma). A post handed over as a thing (", posted a statement") is no
 * speaker. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claimsOf = (text: string) =>
  paragraphClaims('en', text).map((c) => [c.cue, c.source.text, c.source.kind, c.claim]);

describe('a post quoted before its writer', () => {
  it.each([
    '“The ferry is running again”, posted Lena Ostrova on her account.',
    '“The ferry is running again,” posted Lena Ostrova.',
  ])('%s', (text) => {
    expect(claimsOf(text)).toEqual([
      ['posted', 'Lena Ostrova', 'named_person', 'The ferry is running again'],
    ]);
  });

  it('a statement posted after a comma is a thing handed over, not a speaker', () => {
    expect(claimsOf('Ann Roe, the chair, posted a statement on the club blog.')).toEqual([]);
  });
});

describe('a quotation after "to write,"', () => {
  it('the writer of the post says it', () => {
    expect(
      claimsOf('Lena Ostrova took to X to write, “We know the app is down and are fixing it.”'),
    ).toEqual([
      ['write', 'Lena Ostrova', 'named_person', 'We know the app is down and are fixing it.'],
    ]);
  });
});
