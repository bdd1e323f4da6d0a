/**
 * A source written with whom or what it is sent to: "a delegate to the summit", "a letter to
 * the minister". The phrase after "to" is no speaker, and a plain one ("the summit") does not
 * stop the source being read. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('a role or an unnamed person sent to an event or a project', () => {
  it.each([
    ['A delegate to the summit said the vote would be delayed.', 'A delegate to the summit'],
    ["Japan's delegate to the summit said the vote was off.", "Japan's delegate to the summit"],
    [
      "The minister's envoy to the talks said the vote was off.",
      "The minister's envoy to the talks",
    ],
    ['An adviser to the project said the vote was off.', 'An adviser to the project'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe(source);
  });

  it('visitors to a fair stay unnamed people', () => {
    expect(last('Visitors to the fair said the rides were shut.')?.source.kind).toBe('anonymous');
  });
});

describe('a document sent to someone', () => {
  it.each([
    ['A letter to the minister said the vote would be delayed.', 'A letter to the minister'],
    [
      "The mayor's letter to the governor said the vote was off.",
      "The mayor's letter to the governor",
    ],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe(source);
  });
});
