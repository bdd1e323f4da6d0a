/**
 * "citing X as a factor": what a subject cites as a reason is no source of a claim, as
 * "citing ongoing violence" is not; "citing an aide as saying" still relays what the aide
 * said. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a reason cited is no source', () => {
  it.each([
    'Some of the farmers stayed home, often citing cost as a factor.',
    'The council delayed the vote, citing the storm as the main reason.',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.rule === 'according-to')).toEqual([]);
  });

  it('a source cited as saying still relays', () => {
    const c = claims('The agency cited a minister as saying the plan had failed.').at(-1);
    expect(c?.source.text).toBe('a minister');
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a source cited with no reason marker is still one', () => {
    const c = claims('Forty people died, the paper said, citing local officials.').at(-1);
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
