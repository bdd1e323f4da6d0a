/** "Anna Berg at Harlow Capital said": a full name tied to its employer by "at", like "of", is
 * the person, named as such (not the firm, nor the firm's name as the person's). Business copy
 * names analysts this way. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a person at an employer', () => {
  it.each([
    ['Anna Berg at Harlow Capital said the figures were better than expected.', 'Anna Berg'],
    ['Analyst Omar Reyes at Tallis Research said sales would slow.', 'Omar Reyes'],
    ['Sales would slow, said Ruth Vale at Lakeside Securities.', 'Ruth Vale'],
  ] as const)('%s', (text, name) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });
});
