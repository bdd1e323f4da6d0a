/**
 * "<claim>, as reported by state media": the relay's "as" before the passive cue closes
 * nothing of the claim. Sentences are the team's own; "Statenews" is the helpers' state-run
 * fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a closing "as reported by"', () => {
  it.each([
    ['The launch at Orvo was a success, as reported by state media.', 'state media'],
    ['The launch at Orvo was a success, as reported by Statenews.', 'Statenews'],
    ['The launch at Orvo was a success, as reported by Statenews and the Daily Planet.', ''],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.claim).toBe('The launch at Orvo was a success');
    expect(c?.source.text).toContain(source);
  });

  it('a state outlet alone flags the claim', () => {
    expect(en('The launch at Orvo was a success, as reported by Statenews.')?.flags).toContain(
      'state_media',
    );
  });
});
