/**
 * "Norland's envoy to the U.N. said": a role owned by a state or a person and sent to a body
 * or a land is the speaker, not the body or land it is sent to. Every sentence is the team's
 * own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('an owned role sent to a body or a land', () => {
  it.each([
    ["Russia's envoy to the U.N. said the vote would be delayed.", "Russia's envoy to the U.N."],
    ["Japan's ambassador to Peru said the vote would be delayed.", "Japan's ambassador to Peru"],
    ["The vote would be delayed, Russia's envoy to the EU said.", "Russia's envoy to the EU"],
    ['His envoy to the U.N. said the vote would be delayed.', 'His envoy to the U.N.'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe(source);
  });

  it('a named holder keeps the owned role as role', () => {
    const c = last("Japan's ambassador to Peru, Tom Hale, told reporters the vote was off.");
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Tom Hale');
    expect(c?.source.role).toBe("Japan's ambassador to Peru");
  });

  it('an owned thing that is no role leaves the phrase after "to" alone', () => {
    const c = last("Russia's reply to Japan came late, Tom Hale said.");
    expect(c?.source.text).toBe('Tom Hale');
  });
});
