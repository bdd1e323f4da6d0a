/** "The ministry did confirm that ...": the auxiliary of emphasis belongs to the verb, not to
 * the subject's phrase. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('an auxiliary of emphasis before the verb', () => {
  it.each([
    ['The harbour board did confirm that the port would close.', 'The harbour board'],
    ['The officials did confirm to Statenews that the port would close.', 'The officials'],
    ['The mayor does say the port will close.', 'The mayor'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it('a negated verb still reports nothing', () => {
    expect(
      paragraphClaims('en', 'The harbour board did not confirm that the port would close.'),
    ).toHaveLength(0);
  });
});
