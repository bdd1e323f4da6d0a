/**
 * "Statenews reported, without giving details, that ...": a manner of telling set off by
 * commas between the verb and "that" is no part of the claim. Sentences are the team's own;
 * "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a "without ..." aside before "that"', () => {
  it.each([
    ['Statenews reported, without giving details, that the two leaders agreed to expand trade.'],
    ['State media said, without citing sources, that the two leaders agreed to expand trade.'],
    ['Premier Ovid Lantz said, without elaborating, that the two leaders agreed to expand trade.'],
  ])('%s', (text) => {
    expect(en(text)?.claim).toBe('the two leaders agreed to expand trade');
  });

  it('the closing aside stays out of a fronted claim too', () => {
    const c = en(
      'The two leaders agreed to expand trade, Statenews reported, without giving details.',
    );
    expect(c?.claim).toBe('The two leaders agreed to expand trade');
    expect(c?.flags).toContain('state_media');
  });
});
