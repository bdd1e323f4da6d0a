/** "Local media broadcast that ...": an outlet broadcasting a "that" clause reports it; a
 * broadcast of a thing ("broadcast the speech") reports nothing. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('broadcast with its clause', () => {
  it.each([
    ['Local media broadcast that gunfire was heard near the port.', 'media'],
    ['Statenews broadcasts that the vote was put off.', 'state_media'],
  ])('%s', (text, kind) => {
    const [c, ...rest] = paragraphClaims('en', text);
    expect(rest).toHaveLength(0);
    expect(c?.source.kind).toBe(kind);
    expect(c?.cue).toMatch(/^broadcasts?$/);
  });

  it.each([
    'State television broadcast the speech live.',
    'The station broadcast a film about the port.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });
});
