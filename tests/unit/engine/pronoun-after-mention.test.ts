/** "Police arrested a man on Sunday. He said he was innocent": one unnamed person a sentence
 * only mentions (an object, one an event befell) is who a pronoun opening the next sentence
 * stands for when no one else fits; a speaker quoted lately, or a name of that sentence,
 * comes first. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('one person mentioned in the sentence before', () => {
  it.each([
    ['en', 'Guards stopped a man at the harbour gate on Sunday. || He said he had lost his pass.'],
    [
      'en',
      'A ferry company spokeswoman said the crossing was cancelled. || ' +
        'Guards stopped a man at the harbour gate on Sunday. || He said he had lost his pass.',
    ],
    [
      'id',
      'Petugas menahan seorang pria di gerbang pelabuhan, Minggu. || Ia mengaku kehilangan kartu.',
    ],
  ] as const)('%s: %s', (lang, text) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'anonymous',
      basis: 'pronoun/mentioned-before',
    });
  });
});

describe('who comes before one person mentioned', () => {
  it('a speaker quoted lately', () => {
    const claim = lastClaim(
      'Kepala Dinas Perhubungan Rudi Hartono mengatakan gerbang ditutup. || ' +
        'Petugas menahan seorang pria di gerbang pelabuhan, Minggu. || ' +
        'Ia mengatakan pemeriksaan diperketat.',
      'id',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Rudi Hartono' });
  });

  it('a name in that sentence', () => {
    const claim = lastClaim(
      'Harbour Master Mara Holt stopped a man at the gate on Sunday. || She said the gate was shut.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });

  it('two people mentioned make neither the one', () => {
    const claim = lastClaim(
      'Petugas menahan seorang pria dan seorang wanita di gerbang. || Ia mengaku kehilangan kartu.',
      'id',
    );
    expect(claim?.source).toMatchObject({ basis: 'pronoun/unresolved' });
  });
});
