/** "Former governor Lucas Brandt angered his party when he said ...": a pronoun opening a
 * clause inside the sentence ("when", "after", "ketika") stands for the person or group the
 * sentence opens with, named or unnamed, not for whoever spoke in an earlier sentence; in
 * the second clause of a split claim, for the first clause's speaker, also a definite unnamed
 * one ("The official said ..., and he added"); a pronoun and its cue set off by commas after
 * a clause ("..., she says, because ...") stands for the subject too. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const SPOKE_EN = 'Mara Holt, the harbour master, said the pier would close. || ';
const SPOKE_ID = 'Kepala Dinas Perhubungan Rudi Hartono mengatakan dermaga akan ditutup. || ';

describe('a pronoun after a subordinator is the sentence subject', () => {
  it.each([
    [
      'en',
      SPOKE_EN +
        'Former governor Lucas Brandt angered his party in May when he said the port should be sold.',
      { kind: 'named_person', resolvesTo: 'Lucas Brandt' },
    ],
    [
      'en',
      SPOKE_EN + 'A port official angered the union in May after he said the ferries would be cut.',
      { kind: 'unnamed_official', resolvesTo: 'A port official' },
    ],
    [
      'en',
      SPOKE_EN + 'Officials angered the union in May when they said the ferries would be cut.',
      { kind: 'unnamed_official', resolvesTo: 'Officials' },
    ],
    [
      'id',
      SPOKE_ID +
        'Mantan gubernur Joko Lim membuat partainya marah ketika ia mengatakan pelabuhan harus dijual.',
      { kind: 'named_person', resolvesTo: 'Joko Lim' },
    ],
  ] as const)('%s: %s', (lang, text, source) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      ...source,
      basis: 'pronoun/sentence-subject',
    });
  });

  it('a pronoun opening its own sentence still points back to the last speaker', () => {
    const claim = lastClaim(
      SPOKE_EN + 'When she spoke on Monday, she said the ferries would be cut.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });
});

describe('a pronoun in the second clause of a split claim', () => {
  it.each([
    [
      'A port official said the ferries would be cut. || Mara Holt has denied that. || ' +
        'The official said the cuts would start in July, and he added that fares would rise.',
      'A port official',
    ],
    [
      SPOKE_EN +
        'Her spokeswoman said the pier would reopen, although she added that fares would rise.',
      'Her spokeswoman',
    ],
  ])('is the definite unnamed speaker of the first: %s', (text, resolvesTo) => {
    const second = storyClaims(text, 'en').at(-1);
    expect(second?.source).toMatchObject({
      kind: 'unnamed_official',
      resolvesTo,
      basis: 'pronoun/same-sentence',
    });
  });
});

describe('a pronoun and its cue set off by commas inside the sentence', () => {
  it('stands for the person the sentence opens with', () => {
    const claim = lastClaim(
      SPOKE_EN +
        'Ana Ruiz, a diver, has found rust on the pylons; the pier may sag, she says, because the steel is thin.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Ana Ruiz' });
  });

  it('not after an opener set off by a comma', () => {
    const claim = lastClaim(
      SPOKE_ID + 'Hanya saja, dia bilang, semua kapal sudah kembali ke dermaga.',
      'id',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Rudi Hartono' });
  });
});
