/**
 * A date set off by commas between an occasion naming the outlet and the complementizer
 * ("mengatakan dalam wawancara dengan Statenews, Senin, bahwa ...") is passed: the claim is
 * what the complementizer opens, and the outlet carries it. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('an occasion, a comma-set date, then the complementizer', () => {
  it.each([
    [
      'Wali Kota Budi Santoso mengatakan dalam wawancara dengan Statenews, Senin, bahwa jembatan itu tidak aman.',
      'id',
      'jembatan itu tidak aman',
    ],
    [
      'Wali Kota Budi Santoso mengatakan dalam wawancara dengan Statenews, Senin (8/12), bahwa jembatan itu tidak aman.',
      'id',
      'jembatan itu tidak aman',
    ],
    [
      'Mayor Tom Hale said in an interview with Statenews, on Monday, that the bridge is unsafe.',
      'en',
      'the bridge is unsafe',
    ],
  ] as const)('%s', (sentence, lang, claim) => {
    const c = lastClaim(sentence, lang);
    expect(c?.claim).toBe(claim);
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a comma-set date right after the verb still works', () => {
    const c = lastClaim(
      'Wali Kota Budi Santoso mengatakan, Senin (8/12), bahwa jembatan itu tidak aman.',
      'id',
    );
    expect(c?.claim).toBe('jembatan itu tidak aman');
  });
});
