/** A source phrase that is the object of a preposition inside a relative clause with its own
 * verb ("parties that had sat in the opposition") is not the speaker: the head before the
 * relative is. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The new harbour council met for the first time on Thursday.';

function sourceOf(text: string) {
  const claims = paragraphClaims('en', LEAD, text);
  return claims.at(-1)?.source;
}

describe('the head before a relative clause speaks', () => {
  it.each([
    [
      'Leaders from parties that had sat in the opposition said they would back the budget.',
      'Leaders from parties',
      'unnamed_official',
    ],
    [
      'Members from districts that were in the coalition expressed optimism that the port would reopen.',
      'Members from districts',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    const s = sourceOf(text);
    expect(s?.text).toBe(source);
    expect(s?.kind).toBe(kind);
  });

  it('a plain phrase after a preposition keeps its speaker', () => {
    expect(sourceOf('Officials in the ministry said the port would reopen.')?.text).toBe(
      'Officials in the ministry',
    );
  });
});
