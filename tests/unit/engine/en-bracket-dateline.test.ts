/**
 * A story opening with its publisher alone in brackets, glued to the first word ("(Wirely)The
 * ministry said"): the bracket is a dateline, no part of the source, and no outlet a later
 * "the report" points back to. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('an outlet in brackets opening the story', () => {
  const claims = storyClaims(
    '(Wirely)Japan said it launched a weather satellite on Monday, the state news agency Statenews reported. || According to the report, the launch was watched by the premier.',
    'en',
  );

  it("is not read into the first sentence's source", () => {
    expect(claims[0]?.source.text).toBe('Japan');
    expect(claims[0]?.source.kind).toBe('official_body');
    expect(claims[0]?.flags).toContain('state_media');
  });

  it('is not the outlet "the report" points back to', () => {
    expect(claims[1]?.source.kind).toBe('state_media');
  });
});
