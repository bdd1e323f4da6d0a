/** "A senior official, who asked not to be named, spoke to reporters. He said ...": one unnamed
 * person withheld by name opening a sentence that reports nothing is the newest person a later
 * "he", "ia" or "-nya" may be, over a named speaker before (one an event befell is not); so is
 * an unnamed speaker quoted since the last name, however far back; a definite one with a
 * relative clause ("The official, who asked not to be named, said") is one person too.
 * Sentences are written for these tests. */
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
      'A witness, who asked not to be named, watched the crane tip over from the quay. || ' +
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
    expect(claim?.source).toMatchObject({
      kind,
      basis: expect.stringMatching(/(newer-person|last-unnamed)$/),
    });
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

describe('what is not one person, or not the newest', () => {
  it('a crew is no one person a later "she" stands for', () => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A rescue crew reached the quay on Monday. || She said the ferries were safe.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });

  it.each([
    [
      'en',
      'Mara Holt, the police chief, said the blast hit the market. || ' +
        'A woman was killed and two others were hurt. || She said the police were investigating.',
      'Mara Holt',
    ],
    [
      'id',
      'Kapolres Rudi Hartono mengatakan ledakan terjadi di pasar. || ' +
        'Seorang pedagang tewas di lokasi. || Ia mengatakan polisi masih menyelidiki.',
      'Rudi Hartono',
    ],
  ] as const)(
    'one person an event befell, no name withheld, is no one quoted: %s',
    (lang, text, name) => {
      expect(lastClaim(text, lang)?.source).toMatchObject({
        kind: 'named_person',
        resolvesTo: name,
      });
    },
  );

  it('"one" alone opening a sentence is anyone', () => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'One can only guess at the cost. || She said the ferries were safe.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });
});

describe('an unnamed speaker past the window is still newer than an older name', () => {
  it('background sentences between the official and "he"', () => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A port official said the ferries would be cut. || The pier opened in 1961. || ' +
        'It handles nine ferries a day. || Traffic has doubled since. || ' +
        'The fee was raised in May. || Repairs cost millions. || The vote is due in June. || ' +
        'He said the cuts would start in July.',
      'en',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      basis: 'pronoun/last-unnamed',
    });
  });

  it('a name after that speaker is newer', () => {
    const claim = lastClaim(
      'A port official said the ferries would be cut. || The pier opened in 1961. || ' +
        'It handles nine ferries a day. || Traffic has doubled since. || ' +
        'The fee was raised in May. || Repairs cost millions. || ' +
        'Mara Holt, the harbour master, said the pier would close. || ' +
        'The vote is due in June. || He said the cuts would start in July.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });
});

describe('one of a group quoted is one person', () => {
  it.each([
    'Two port officials said the ferries would be cut. || One said the cuts would start in July. || ' +
      'He added that fares would rise.',
    'Two port officials said the ferries would be cut. || One of them said the cuts would start in July. || ' +
      'He added that fares would rise.',
  ])('a later "he" is that one, not an older named speaker: %s', (text) => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' + text,
      'en',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      basis: 'pronoun/recent-speaker',
    });
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

describe('a pronoun opening a sentence is no new group', () => {
  it('"They spoke on condition of anonymity" keeps "they" the officials', () => {
    const claim = lastClaim(
      'Two port officials said the pier would close. || ' +
        'They spoke on condition of anonymity. || They said the ferries would move.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'unnamed_official' });
  });
});
