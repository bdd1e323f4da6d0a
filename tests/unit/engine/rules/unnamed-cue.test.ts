import { describe, expect, it } from 'vitest';
import { unnamedCue } from '@/core/rules/unnamed-cue';
import { run } from '../helpers';

describe('unnamed-cue', () => {
  it.each([
    ["We're told there is security footage that cops are looking at.", "We're told"],
    ['So far, we are told, no arrests have been made.', 'we are told'],
  ])('%s', (text, cue) => {
    expect(run(unnamedCue, text, 'en')).toEqual([[cue, 'anonymous', cue]]);
  });

  it.each(['We told them to leave.', '"We\'re told nothing," she said.'])(
    'no attribution: %s',
    (text) => {
      expect(run(unnamedCue, text, 'en')).toEqual([]);
    },
  );
});
