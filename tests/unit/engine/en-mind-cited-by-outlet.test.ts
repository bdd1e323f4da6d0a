/** "The board believes the port could close, local media reported, citing a source": the
 * belief is what the outlet's cited source told it, so that source, relayed by the outlet,
 * is the sentence's. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a belief held, reported by an outlet citing someone', () => {
  it.each([
    'The harbour board believes the port could close as soon as Monday, local media reported, citing an unnamed source.',
    'The harbour board expects the port to close on Monday, local media reported, citing an unnamed source.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'anonymous', via: 'local media' });
    expect(c?.claim).toMatch(/^The harbour board (believes|expects) the port/);
  });

  it.each([
    'The harbour board believes the port could close as soon as Monday, local media reported.',
    'The harbour board said the port would close, local media reported, citing an unnamed source.',
  ])('a belief with no one cited, or words said, keep their speaker: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe('The harbour board');
  });
});
