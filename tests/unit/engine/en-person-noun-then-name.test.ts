/** "According to the site engineer, Ravi Osei, ...": a noun for a person, a comma, then the
 * person's name closed by another comma is one source, a named person. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a person noun, then the name between commas', () => {
  it.each([
    [
      'According to the site engineer, Ravi Osei, the wall had cracked weeks earlier.',
      'the site engineer, Ravi Osei',
    ],
    [
      'In the words of one longtime resident, Mira Falk, the square has lost its soul.',
      'one longtime resident, Mira Falk',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ text: source, kind: 'named_person' });
    expect(c?.claim.startsWith('the ')).toBe(true);
  });

  it('a name opening the claim stays in the claim', () => {
    const c = onlyClaim(
      'According to the site engineer, Osei will leave the project in May.',
      'en',
    );
    expect(c?.source.text).toBe('the site engineer');
    expect(c?.claim).toContain('Osei will leave');
  });
});
