/** People picked out by a relative clause whose last words are themselves a source ("People
 * who have spoken with the president say"): "people" alone are anyone, so the clause belongs
 * to the source; the person inside it is not the speaker. A head that is a source by itself
 * ("Officials who have met the mayor") speaks alone. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('an unnamed head with its relative clause', () => {
  it.each([
    [
      'People who have spoken with the president say he is losing patience.',
      'People who have spoken with the president',
      'anonymous',
    ],
    [
      'Officials who have met the Orlen mayor said she would not resign.',
      'Officials',
      'unnamed_official',
    ],
    ['Residents who talked to the governor said she promised new pumps.', 'Residents', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });

  it('a clause that does not reach the verb stays out of the source', () => {
    const claims = paragraphClaims(
      'en',
      'Respondents who use the Varro app were more likely to say that the queues are short.',
    );
    expect(claims.map((c) => c.source.text)).toEqual(['Respondents']);
  });
});
