/** "A senior official spoke to reporters. He said ...": one unnamed person opening a sentence
 * that reports nothing is the newest person a later "he", "ia" or "-nya" may be, over a named
 * speaker before; a definite one with a relative clause ("The official, who asked not to be
 * named, said") is one person too. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('one unnamed person introduced without a claim', () => {
  it.each([
    [
      'en',
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A port official, who asked not to be named, met reporters at the gate. || ' +
        'He said the ferries would be moved to Kelbo.',
      'unnamed_official',
    ],
    [
      'en',
      'A witness watched the crane tip over from the quay. || ' +
        'She said the operator had shouted a warning.',
      'anonymous',
    ],
    [
      'id',
      'Kepala Dinas Perhubungan Rudi Hartono mengatakan dermaga akan ditutup. || ' +
        'Seorang pejabat dinas yang enggan disebut namanya hadir dalam rapat itu. || ' +
        'Ia mengatakan kapal feri akan dipindahkan ke Kelbo.',
      'unnamed_official',
    ],
    [
      'id',
      'Kepala Dinas Perhubungan Rudi Hartono mengatakan dermaga akan ditutup. || ' +
        'Seorang pejabat dinas yang enggan disebut namanya hadir dalam rapat itu. || ' +
        '"Kapal feri akan dipindahkan ke Kelbo," katanya.',
      'unnamed_official',
    ],
  ] as const)('%s: %s', (lang, text, kind) => {
    const claim = lastClaim(text, lang);
    expect(claim?.source).toMatchObject({ kind, basis: expect.stringMatching(/newer-person$/) });
    expect(claim?.flags).toContain('unnamed_source');
  });

  it('a named speaker after that person is still the one "he" points to', () => {
    const claim = lastClaim(
      'A port official met reporters at the gate. || ' +
        'Mara Holt, the harbour master, said the pier would close. || ' +
        'She said the ferries would be moved to Kelbo.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });

  it('a plural Indonesian noun opening a sentence stays a group for "mereka"', () => {
    const claim = lastClaim(
      'Para nelayan memblokir dermaga pada Senin. || Mereka mengatakan solar langka sejak Mei.',
      'id',
    );
    expect(claim?.source).toMatchObject({ kind: 'anonymous', resolvesTo: 'Para nelayan' });
  });
});

describe('a definite unnamed speaker with a relative clause is one person', () => {
  it.each([
    'A senior official said the talks had stalled. || ' +
      'The official, who asked not to be named, said Mara Holt, the harbour master, had agreed. || ' +
      'He said the ferries would be moved to Kelbo.',
    'Mara Holt, the harbour master, said the pier would close. || ' +
      'The official who leads the talks said they had stalled. || ' +
      'He said the ferries would be moved to Kelbo.',
  ])('%s', (text) => {
    const claim = lastClaim(text, 'en');
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      basis: 'pronoun/recent-speaker',
    });
  });
});
