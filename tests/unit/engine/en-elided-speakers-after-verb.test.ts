/** '"...," said the other.', '"...," said the second.': one more of the people just quoted,
 * its head left out, after the verb of saying. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('an elided head after the verb of saying', () => {
  it.each([
    ['"Nobody here wants a strike," said the other.', 'the other'],
    ['"Nobody here wants a strike," said the second.', 'the second'],
    ['"The nets are torn," said the third.', 'the third'],
    ['"We will keep going," said the first.', 'the first'],
  ])('%s', (text, source) => {
    const claims = paragraphClaims('en', 'Two ferrymen waited at the Orvel dock on Monday.', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, 'anonymous']]);
  });

  it('an ordinal before a noun is no speaker', () => {
    expect(paragraphClaims('en', 'The first reported case was in May.')).toEqual([]);
    expect(paragraphClaims('en', 'A second reported case was found in June.')).toEqual([]);
  });
});
