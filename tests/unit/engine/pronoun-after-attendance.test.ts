/** "A senior official spoke to reporters on Monday. He said ...": one unnamed person who comes
 * before others (speaks to, meets, visits, arrives) in a sentence that quotes no one is the
 * person a pronoun in the next sentence stands for, over a name that sentence mentions. One an
 * event befell is still no one (unnamed-person-introduced-pronouns.test.ts). Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('one unnamed person coming before others', () => {
  it.each([
    [
      'en',
      'A senior port official spoke to reporters at the quay on Monday. || He said the ferries would stop.',
      'unnamed_official',
    ],
    [
      'en',
      'A senior port official briefed reporters in Kelbo on Monday. || He said the ferries would stop.',
      'unnamed_official',
    ],
    [
      'en',
      'A coast guard spokesman arrived at the pier shortly after noon. || He said two boats had sunk.',
      'unnamed_official',
    ],
    [
      'en',
      'A senior navy officer visited the harbour on Friday. || He said the patrols would go on.',
      'unnamed_official',
    ],
    [
      'en',
      'A nurse at the ward met reporters outside. || She said the ward had run out of beds.',
      'anonymous',
    ],
    [
      'id',
      'Seorang pejabat pelabuhan bertemu wartawan di dermaga, Senin. || Ia mengatakan kapal feri akan berhenti.',
      'unnamed_official',
    ],
    [
      'id',
      'Seorang juru bicara syahbandar tiba di dermaga pada siang hari. || Dia menjelaskan dua kapal tenggelam.',
      'unnamed_official',
    ],
    [
      'id',
      'Seorang pejabat pelabuhan berbicara kepada wartawan di Kelbo. || "Kapal feri akan berhenti," katanya.',
      'unnamed_official',
    ],
  ] as const)('%s: %s', (lang, text, kind) => {
    const claim = lastClaim(text, lang);
    expect(claim?.source).toMatchObject({ kind, resolvesTo: expect.any(String) });
    expect(claim?.flags).toContain('unnamed_source');
  });

  it.each([
    [
      'en',
      'A senior port official met Harbour Master Mara Holt on Monday. || He said the ferries would stop.',
    ],
    [
      'id',
      'Seorang pejabat pelabuhan bertemu Kepala Syahbandar Rudi Hartono, Senin. || Ia mengatakan kapal feri akan berhenti.',
    ],
  ] as const)('the subject, not the name it met, in %s', (lang, text) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'unnamed_official',
      basis: 'pronoun/last-unnamed',
    });
  });

  it('one known person coming before others: "Holt\'s husband"', () => {
    const claim = lastClaim(
      "Holt's husband visited the quay on Sunday. || He said the ferries had been moved.",
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'anonymous', resolvesTo: "Holt's husband" });
  });

  it('a newer unnamed person over an older named speaker', () => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A senior port official spoke to reporters later on Monday. || He said the ferries would stop.',
      'en',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      basis: 'pronoun/newer-person',
    });
  });
});

describe('what does not bring an unnamed person forward', () => {
  it.each([
    [
      'en',
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A senior port official was seen at the quay on Monday. || She said the ferries would stop.',
      'Mara Holt',
    ],
    [
      'id',
      'Kepala Dinas Perhubungan Rudi Hartono mengatakan dermaga akan ditutup. || ' +
        'Seorang pejabat pelabuhan terlihat di dermaga, Senin. || Ia mengatakan kapal feri akan berhenti.',
      'Rudi Hartono',
    ],
  ] as const)(
    'no verb of coming before others: the speaker before stays, %s',
    (lang, text, name) => {
      expect(lastClaim(text, lang)?.source).toMatchObject({
        kind: 'named_person',
        resolvesTo: name,
      });
    },
  );

  it('a group coming before others is no one person', () => {
    const claim = lastClaim(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        'A port crew arrived at the quay on Monday. || She said the ferries were safe.',
      'en',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mara Holt' });
  });
});
