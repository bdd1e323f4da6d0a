/**
 * A person named earlier who opens a claim-less sentence by the surname ("Ellison paused.")
 * is the newest person a following pronoun may stand for, ahead of an older speaker; a
 * possessive ("Ellison's team") is no such subject. Every sentence is the team's own
 * (invented people and places).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const INTRO =
  'Mara Ellwood is a wildfire researcher in Dunmore. || "The science is young," cautions Peter Haskell, an ecologist.';

describe('a surname opening a sentence with no claim', () => {
  it('makes that person the one a later "she said" is', () => {
    const claims = storyClaims(
      `${INTRO} || Ellwood paused. || "Every single day," she said.`,
      'en',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Mara Ellwood');
  });

  it('also after an opening phrase', () => {
    const claims = storyClaims(
      `${INTRO} || Asked about the season, Ellwood paused. || "Every single day," she said.`,
      'en',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Mara Ellwood');
  });

  it('a possessive leaves the last speaker', () => {
    const claims = storyClaims(
      `${INTRO} || Ellwood's team disagreed. || "Every single day," he said.`,
      'en',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Peter Haskell');
  });

  it('works the same in Indonesian copy', () => {
    const claims = storyClaims(
      'Rina Wulandari adalah peneliti kebakaran hutan. || "Ilmunya masih muda," kata Budi Santoso, seorang ahli ekologi. || Wulandari terdiam. || "Setiap hari," katanya.',
      'id',
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Rina Wulandari');
  });
});
