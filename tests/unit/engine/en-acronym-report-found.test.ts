/** "A GAO report found ...": after an acronym, "report" is the subject's noun, not the verb
 * "report", when a verb of finding follows it as a verb of saying would. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("an acronym's report before a verb of finding", () => {
  it.each([
    'A GAO report found that the depot lost track of 300 rifles.',
    'The NTSB report showed the pilot had not slept for a day.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.cue).not.toBe('report');
  });
});
