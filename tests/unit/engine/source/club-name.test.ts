/** Stage club-name: a name closed by a word only sports clubs' names end with ("Harlow
 * United", "Velby Athletic FC") is the club, an organization, not a person. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage club-name', () => {
  it.each([
    'Harlow United said the fee was a club record.',
    'Dunmore Rovers said in a statement that talks had failed.',
    'The coach had resigned, Velby Athletic said on Monday.',
    'Westbury Wanderers FC said the stadium would close.',
    'Tickets were sold out, said the Harlow Albion.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'club-name',
    });
  });

  it.each([
    'Harlow United manager Tom Vale said the team was tired.',
    'The team was tired, said Tom Vale, the Harlow United manager.',
    'The United States said the match was safe.',
  ])('a person of the club, or a name it does not close: %s', (sentence) => {
    expect(lastSource('en', sentence)?.basis).not.toBe('club-name');
  });
});
