/**
 * A statement read out on air: "Reading a statement on Statenews, a military spokesman said
 * ...", "Membacakan pernyataan di Statenews, juru bicara militer mengatakan ...". The outlet
 * that aired it is the via. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a statement read out on an outlet', () => {
  it.each([
    ['Reading a statement on Statenews, a military spokesman said the coup had been foiled.', 'en'],
    [
      'Reading out a statement on Statenews, a military spokesman said the coup had been foiled.',
      'en',
    ],
    [
      'Membacakan pernyataan di Statenews, seorang juru bicara militer mengatakan kudeta telah digagalkan.',
      'id',
    ],
  ] as const)('%s', (text, lang) => {
    const c = lastClaim(text, lang);
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });
});
