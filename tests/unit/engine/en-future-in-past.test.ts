/** A story looking back on what came next ("she would later say that ...", "he would go on to
 * deny ...") reports what was said, as the past tense does; "would" alone still supposes.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('would, then what came later', () => {
  it.each([
    ['Oren Vasko would later say that the merger had been a mistake.', 'say'],
    ['Oren Vasko would go on to say that the merger had been a mistake.', 'say'],
    ['Oren Vasko would eventually admit that the merger had been a mistake.', 'admit'],
    ['The Brask ministry would subsequently deny that the merger had been a mistake.', 'deny'],
  ])('%s', (text, cue) => {
    const c = onlyClaim(text, 'en');
    expect(c?.cue).toBe(cue);
    expect(c?.claim).toBe('the merger had been a mistake');
  });

  it('the speaker keeps its kind', () => {
    const c = onlyClaim('The Brask ministry would later insist that the dam was safe.', 'en');
    expect(c?.source.text).toBe('The Brask ministry');
    expect(c?.source.kind).toBe('official_body');
  });

  it.each([
    'Oren Vasko would say that the merger had been a mistake.',
    'Oren Vasko will later say that the merger was a mistake.',
  ])('a supposition or a forecast reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
