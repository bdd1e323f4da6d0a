/** "Passenger Tom Vale, of Lakeside, said": a word for an unnamed person right before a full
 * name, then a comma and an appositive or a relative about the person. The name is the
 * speaker's, with the word and the appositive as the role; a title-case name is not made of
 * them. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The night ferry ran aground off Orlen on Friday.';

describe('a person word, a full name, then an appositive', () => {
  it.each([
    ['Witness Tom Vale, of Lakeside, said the ferry hit a sandbank.', 'Tom Vale'],
    ['Shopper Ines Kellin, a retired nurse, said the ferry hit a sandbank.', 'Ines Kellin'],
    ['The ferry hit a sandbank, witness Marco Dorr, of Brill, said.', 'Marco Dorr'],
    ['My colleague Ana Brisk, who was on board, has said the ferry hit a sandbank.', 'Ana Brisk'],
  ])('%s', (text, name) => {
    const claims = paragraphClaims('en', LEAD, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source).toMatchObject({ kind: 'named_person', name });
    expect(claims[0]?.source.role).not.toBeNull();
  });

  it('a title-case name of a group is no person', () => {
    const claims = paragraphClaims(
      'en',
      LEAD,
      'Friends of Orlen Harbour, a local charity, said the ferry hit a sandbank.',
    );
    expect(claims[0]?.source.kind).not.toBe('named_person');
  });
});
