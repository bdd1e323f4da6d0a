/**
 * "State media quoted X as telling his counterpart that ...": the listener told is no part of
 * the words told, in the active and the passive ("X was quoted as telling the envoy that").
 * Sentences are the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a listener after "as telling"', () => {
  it.each([
    'State media quoted Premier Ovid Lantz as telling his counterpart that the deal was fair.',
    'Statenews quoted Premier Ovid Lantz as telling the visiting envoy that the deal was fair.',
    'Statenews quoted Premier Ovid Lantz as telling reporters the deal was fair.',
    'Premier Ovid Lantz was quoted by Statenews as telling his Kelbo counterpart that the deal was fair.',
    'Premier Ovid Lantz was quoted by state media as telling Ilse Varn that the deal was fair.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.claim).toBe('the deal was fair');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).toContain('state_media');
  });

  it('words told with no listener stay whole', () => {
    const c = en('State media quoted Premier Ovid Lantz as telling them to stay calm.');
    expect(c?.claim).toContain('to stay calm');
  });
});
