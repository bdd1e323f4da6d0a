/** "notified" is a verb of telling like "informed": with its listener and a "that" clause it
 * reports the clause; alone, or as a passive, it reports nothing. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('notified with a listener', () => {
  it('reports the clause after the listener', () => {
    const claim = onlyClaim(
      'The regulator notified the bank that its licence would be revoked.',
      'en',
    );
    expect(claim?.source.text).toBe('The regulator');
    expect(claim?.claim).toBe('its licence would be revoked');
  });

  it.each([
    'Police notified the family on Sunday.',
    'The minister was notified of the decision on Monday.',
  ])('no words: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
