/** Single curly quotation marks: a right mark closes what a left mark opened ("the plan’s
 * ‘reset’ of ties"), so the words after it, and the sentences after it in the paragraph, are
 * no longer read as quoted; a right mark before a letter stays an apostrophe.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('single quotation marks', () => {
  it('a scare-quoted word does not leave the paragraph quoted', () => {
    const found = paragraphClaims(
      'en',
      'Harbour officials say the deal is part of the port’s ‘reset’ with its neighbours. The mayor also announced the ferry would run on Sundays.',
    );
    expect(found.map((c) => c.cue)).toEqual(['say', 'announced']);
    expect(found[1]?.claim).toContain('the ferry would run on Sundays');
  });

  it('an apostrophe inside a single-quoted quotation does not close it', () => {
    const [c] = paragraphClaims('en', '‘We don’t know yet,’ the harbour master said.');
    expect(c?.cue).toBe('said');
    expect(c?.claim).toContain('We don’t know yet');
  });
});
