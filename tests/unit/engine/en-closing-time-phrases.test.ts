/** A speaker closing the sentence with a time phrase ("said last week", "said earlier this
 * year"): the claim is the clause before the speaker, not the time phrase. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a time phrase after a closing speaker (English)', () => {
  it.each([
    'The ferry will stop running in winter, the harbour master said last week.',
    'The ferry will stop running in winter, the harbour master said earlier this month.',
    'The ferry will stop running in winter, the harbour master said on Sunday night.',
    'The ferry will stop running in winter, the harbour master told reporters last year.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.claim).toBe('The ferry will stop running in winter');
  });

  it.each([
    ["The harbour master said last year's timetable was a mistake.", "last year's timetable"],
    ['The harbour master said the weekend crossings were full.', 'the weekend crossings'],
  ])('a time word opening the claim stays in it: %s', (text, start) => {
    expect(onlyClaim(text, 'en')?.claim.startsWith(start)).toBe(true);
  });
});
