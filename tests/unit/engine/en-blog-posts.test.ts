/** "blogged" reports the words blogged, as "tweeted" and "wrote" do; blogging or tweeting
 * "about" a topic reports no words. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('blogging', () => {
  it.each([
    [
      'Dana Lunde may have said it best when she blogged: "The Kelbo mill is as close to dead as it gets."',
      /Kelbo mill is as close to dead/,
    ],
    ['Dana Lunde blogged that the Kelbo mill would close in May.', /^the Kelbo mill would close/],
  ])('%s', (text, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.claim).toMatch(claim);
    expect(c?.cue).toBe('blogged');
  });

  it.each([
    'Dana Lunde blogged about the Kelbo mill for years.',
    'Dana Lunde tweeted about the Kelbo mill for years.',
  ])('a topic is no words: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
