import { describe, expect, it } from 'vitest';
import { unnamedCue } from '@/core/rules/unnamed-cue';
import { run } from '../helpers';

describe('unnamed-cue', () => {
  it.each([
    ["We're told there is a video that investigators are studying.", "We're told"],
    ['So far, we are told, no arrests have been made.', 'we are told'],
    // Past and first-person singular forms of the same agentless report.
    ['The ferry was, we were told, never insured.', 'we were told'],
    ['I am told the mayor will not run again.', 'I am told'],
    ["I've been told the quarry closes in June.", "I've been told"],
    ['I was told the bridge would reopen on Friday.', 'I was told'],
  ])('%s', (text, cue) => {
    expect(run(unnamedCue, text, 'en')).toEqual([[cue, 'anonymous', cue]]);
  });

  it.each([
    'We told them to leave.',
    '"We\'re told nothing," she said.',
    // An instruction, no proposition.
    'We were told to leave the hall before noon.',
    // What was learned, not a claim.
    "We want to share what we've learned so far with other clubs.",
  ])('no attribution: %s', (text) => {
    expect(run(unnamedCue, text, 'en')).toEqual([]);
  });

  it("a free relative with a verb after it still reports: what we're told is ...", () => {
    expect(run(unnamedCue, "What we're told is a delay of two weeks.", 'en')).toEqual([
      ["we're told", 'anonymous', "we're told"],
    ]);
  });
});
