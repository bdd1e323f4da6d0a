/**
 * An unnamed source naming what something is with a quoted object: 'One respondent
 * identified "slow builds" as the main problem'. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a quoted object labelled by an unnamed source', () => {
  it.each([
    [
      'One survey respondent identified "slow builds" as the main problem.',
      'One survey respondent',
    ],
    ['Several engineers identified “flaky tests” as a source of delays.', 'Several engineers'],
  ])('%s', (text, source) => {
    const c = lastClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.cue).toBe('identified');
  });

  it('a quoted object with no label after it is a thing found, no claim', () => {
    expect(
      lastClaim('Several engineers identified "slow builds" in the logs.', 'en'),
    ).toBeUndefined();
  });
});
