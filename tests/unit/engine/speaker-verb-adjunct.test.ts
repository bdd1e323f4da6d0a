/**
 * A time or occasion after a speaker's verb, closed by a comma before the words it opens ("As
 * Voss noted in an interview, ...", "The mayor said on Tuesday, ..."): the adjunct is no part
 * of the claim. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an adjunct between the verb and the words', () => {
  it.each([
    [
      'As Mayor Ana Voss noted in an interview, the harbour is too shallow.',
      'the harbour is too shallow',
    ],
    [
      'As the mayor said at a briefing, the ferry will run all winter.',
      'the ferry will run all winter',
    ],
    [
      'As the mayor said last week, the ferry will run all winter.',
      'the ferry will run all winter',
    ],
  ])('%s', (text, claim) => {
    expect(en(text)?.claim).toBe(claim);
  });

  it('a figure right after the verb is the words, not a date', () => {
    const c = lastClaim('Asosiasi nelayan menyampaikan 2,1 juta orang kehilangan pekerjaan.', 'id');
    expect(c?.claim).toMatch(/^2,1 juta orang/);
  });

  it('words before the speaker keep the claim where it was', () => {
    const c = en('"The harbour is too shallow," the mayor said at a briefing, before leaving.');
    expect(c?.claim).toBe('The harbour is too shallow');
  });
});
