/** "The state-run Statenews issued a report on Sunday saying ...": a word saying the state
 * runs the outlet is part of the subject's phrase when it is read from the sentence's start.
 * Sentences are written for these tests; the outlets are the fixture registry's. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a state-run outlet as the subject of a participle clause', () => {
  it.each([
    'The state-run Statenews issued a report on Sunday saying the dam had held.',
    'The government-owned Statenews issued a report on Sunday, saying the dam had held.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.text).toMatch(/^The [a-z-]+ Statenews$/);
    expect(c?.claim).toBe('the dam had held');
  });
});
