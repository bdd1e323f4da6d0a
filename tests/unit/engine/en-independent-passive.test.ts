/**
 * "The report has not been independently confirmed": an adverb between the auxiliary and the
 * participle leaves a passive with no one confirming; its subject is no source. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a passive of confirming with an adverb inside', () => {
  it.each([
    'The state media report has not been independently confirmed.',
    'The harbour figures could not be independently confirmed.',
  ])('is no claim: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });

  it('the ministry confirming them on its own stays its claim', () => {
    const [c] = storyClaims('The ministry independently confirmed the harbour figures.', 'en');
    expect(c?.source.kind).toBe('official_body');
  });
});
