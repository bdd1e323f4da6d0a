/**
 * "..., in remarks carried in all major state newspapers": the papers that printed the
 * speaker's words relay them ("carried in" as "carried by"), and a quantifier ("all") may open
 * the outlet's phrase. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('words carried in state outlets', () => {
  it.each([
    'The governor said the old mills would close, in remarks carried in state newspapers on Monday.',
    'The governor said the old mills would close, in remarks carried in all major state newspapers.',
    'The governor said the old mills would close, in comments carried by all state television channels.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.text).toBe('The governor');
    expect(c?.flags).toContain('state_media');
  });

  it('a paper it was carried in that the state does not run is no state relay', () => {
    const c = last(
      'The governor said the old mills would close, in remarks carried in local papers.',
    );
    expect(c?.source.text).toBe('The governor');
    expect(c?.flags).not.toContain('state_media');
  });
});
