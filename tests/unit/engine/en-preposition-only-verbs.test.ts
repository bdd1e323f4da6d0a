/** A verb of saying whose only complement is a phrase opened by a preposition ("testified
 * against the broker", "testified before the panel on Tuesday") reports no words; a "that"
 * clause, a bare clause, a quotation, an infinitive or a figure after it still does.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('verbs of saying with only a prepositional phrase', () => {
  it.each([
    'He testified against the broker.',
    'Mara Vell testified before the harbour panel on Tuesday.',
    'The nurse testified for the defense.',
    'The senator testified at length about the ferry crash.',
    'The firm confirmed on Monday.',
    'She argued with the umpire.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it.each([
    ['He testified that the broker had lied.', 'the broker had lied'],
    ['She testified on Tuesday that the broker had lied.', 'the broker had lied'],
    ['The club said on Friday two of its players had left.', 'two of its players had left'],
    [
      'The relief group said on Saturday it brought food to the valley.',
      'it brought food to the valley',
    ],
    ['The agency reported at least one dead in the flood.', 'at least one dead in the flood'],
  ])('a claim: %s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });

  it('a clause after a place still reports', () => {
    const c = onlyClaim('The mayor said in Dunmore the ferry would run again.', 'en');
    expect(c?.claim).toMatch(/the ferry would run again$/);
  });

  it('a claim before its speaker stays', () => {
    const c = onlyClaim('"The ferry is safe," the harbour board said in a statement.', 'en');
    expect(c?.claim).toBe('The ferry is safe');
  });

  it('an opening time phrase does not hold a claim', () => {
    expect(paragraphClaims('en', 'On Tuesday, she testified before the panel.')).toEqual([]);
  });
});
