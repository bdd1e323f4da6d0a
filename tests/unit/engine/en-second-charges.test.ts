/** A second verb of the same speaker that charges its object ("said ... but accused X of
 * ...", "reported ... and accused each other of ...", "said ... and likened X to ...") is a
 * second record with the same source; other second verbs ("and added", "but stressed") stay
 * in the first claim, and a charge after another subject's clause is no second record.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry strike entered its third week on Monday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('a charge as the second verb of one speaker', () => {
  it('said ... but accused', () => {
    expect(
      claimsOf('The crew union said it would return to talks but accused the board of stalling.'),
    ).toEqual([
      ['said', 'The crew union', 'it would return to talks'],
      ['accused', 'The crew union', 'the board of stalling'],
    ]);
  });

  it('reported ... and accused each other of', () => {
    const claims = claimsOf(
      'Both sides also reported damage to the piers and accused each other of breaking the truce.',
    );
    expect(claims.map((c) => c[0])).toEqual(['reported', 'accused']);
    expect(claims[1]?.[1]).toBe('Both sides');
  });

  it('said ... and likened', () => {
    const claims = claimsOf(
      'Ines Kellin said on Tuesday she will not resign and likened the recall bid to a coup.',
    );
    expect(claims.map((c) => c[0])).toEqual(['said', 'likened']);
    expect(claims[1]?.[2]).toBe('the recall bid to a coup');
  });

  it.each([
    'The harbour master said the piers were safe and added that ferries would sail on Friday.',
    'Police said officers stopped two men and accused them of theft.',
    'Police said he walked in and accused the clerk of cheating.',
  ])('one record: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(1);
  });
});
