/**
 * "two Department of Defense officials": a body's word, "of" and the portfolio it holds are
 * the body's name; the people counted after that name are its unnamed officials, not members
 * the link introduces ("a panel of experts" stays the panel). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe("officials after a body's name with its portfolio", () => {
  it.each([
    'The convoy left at dawn, two Department of Defense officials told the paper.',
    'Ministry of Defence officials said the convoy left at dawn.',
    'The convoy left at dawn, three Department of Justice sources said.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    ['The Ministry of Defence said the convoy left at dawn.', 'official_body'],
    ['A panel of experts said the convoy left at dawn.', 'official_body'],
  ])('the body itself, or a panel of its members, stays the body: %s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });
});
