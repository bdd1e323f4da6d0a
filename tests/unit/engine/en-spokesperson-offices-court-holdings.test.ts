/**
 * "The foreign ministry's spokesperson office said ...": an official's word before the body's
 * word closing the phrase says which office it is, and the office speaks as a body. "The
 * appeals court held that ...": a court's holding, only with its "that". Sentences written by
 * the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe("an official's office", () => {
  it.each([
    "The foreign ministry's spokesperson office said the talks had been productive.",
    "The army spokesman's office said the convoy had reached the town.",
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('official_body');
  });

  it('the spokesman himself stays an unnamed official', () => {
    expect(
      onlyClaim('An army spokesman said the convoy had reached the town.', 'en')?.source.kind,
    ).toBe('unnamed_official');
  });
});

describe('a court holding', () => {
  it('held that', () => {
    const c = onlyClaim('The appeals court held that the ban was unconstitutional.', 'en');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toMatch(/^the ban/);
  });

  it.each([
    'The ministry held talks with union leaders on Monday.',
    'Police held three men overnight.',
  ])('%s', (text) => {
    expect(storyClaims(text, 'en')).toHaveLength(0);
  });
});
