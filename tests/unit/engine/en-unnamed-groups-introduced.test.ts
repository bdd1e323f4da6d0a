/** "Two officials spoke to reporters. One said ...": an unnamed group opening a sentence that
 * reports nothing is the group a later "one", "another" or "they" belongs to; "Another, who
 * asked not to be named, said" is one more of it with an aside. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a group introduced without a claim', () => {
  it('"one" of officials who only spoke is an unnamed official', () => {
    const claims = paragraphClaims(
      'en',
      'Two officials briefed reporters in Kelbo on Monday. One said the dam would be drained.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source).toMatchObject({ kind: 'unnamed_official', text: 'One' });
  });

  it('"they" after residents who only acted are the residents', () => {
    const claims = paragraphClaims(
      'en',
      'Residents of Kelbo blocked the bridge on Monday. They said the dam was leaking.',
    );
    expect(claims[0]?.source).toMatchObject({
      kind: 'anonymous',
      resolvesTo: 'Residents of Kelbo',
    });
  });

  it('a description of one person is not the group', () => {
    const claims = paragraphClaims(
      'en',
      'Fans of the Kelbo team waited for hours. The author said the wait was worth it.',
    );
    expect(claims[0]?.source.resolvesTo ?? null).toBeNull();
  });
});

describe('"another" with an aside', () => {
  it.each([
    'One diplomat said the vote was close. Another, who asked not to be named, said it would pass.',
    'One diplomat said the vote was close. The other, a veteran of the talks, said it would pass.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['unnamed_official', 'unnamed_official']);
    expect(claims[1]?.claim).toBe('it would pass');
  });
});
