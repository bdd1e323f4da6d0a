/** A group's title-case name joined by "to" ("the Committee to Protect Journalists", "the
 * Campaign to Save Old Harbours") is one organization, not a person named by its last words.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a group name joined by "to"', () => {
  it.each([
    [
      'The Committee to Protect Journalists said two reporters were held overnight.',
      'The Committee to Protect Journalists',
    ],
    [
      'Two reporters were held overnight, the Campaign to Save Old Harbours said.',
      'the Campaign to Save Old Harbours',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('organization');
    expect(c?.source.text).toBe(source);
  });

  it('a listener after "to" is no part of the speaker', () => {
    const c = onlyClaim('The Committee wrote to Parliament that two reporters were held.', 'en');
    expect(c?.source.text).toBe('The Committee');
  });
});
