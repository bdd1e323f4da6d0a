/** "Even those who have drawn up plans for Dr. Lee to win the seat concede that ...": a group
 * named by a long relative clause (past an abbreviation's full stop) is still the speaker.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('groups named by a long relative clause', () => {
  it.each([
    [
      'Even those who have sketched out possible paths for Dr. Lunde to win the seat acknowledge that the paths are narrow.',
      'those who have sketched out possible paths for Dr. Lunde to win the seat',
    ],
    [
      'Those who have followed the Kelbo mill closely over the past ten years say the owners never invested.',
      'Those who have followed the Kelbo mill closely over the past ten years',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('a relative clause past its reach names no group', () => {
    expect(
      paragraphClaims(
        'en',
        'Those who have walked every day along the river from the old mill to the harbour in Kelbo since the floods of the last decade say the path is unsafe.',
      ).map((c) => c.source.text),
    ).not.toContain(
      'Those who have walked every day along the river from the old mill to the harbour in Kelbo since the floods of the last decade',
    );
  });
});
