/** "Ana Silva and Lars Berg met in Oslo. They said ...": people named together opening the
 * sentence before are who "they" / "mereka" stand for, still named people, when no group was
 * named there or since. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('"they" after names joined opening the sentence before', () => {
  it.each([
    [
      'en',
      'Dewi Kartika and Pieter Smit toured the new pier on Monday. || They said the ferries would return in May.',
    ],
    [
      'id',
      'Dewi Kartika dan Pieter Smit meninjau dermaga baru, Senin. || Mereka mengatakan kapal feri kembali Mei.',
    ],
  ] as const)('%s: %s', (lang, text) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'named_person',
      basis: 'pronoun/named-pair',
      resolvesTo: expect.stringContaining('Pieter Smit'),
    });
  });

  it('a body that spoke since is "they"', () => {
    const claim = lastClaim(
      'Dewi Kartika and Pieter Smit toured the new pier on Monday. || ' +
        'The port authority said the pier was ready. || They said the ferries would return in May.',
      'en',
    );
    expect(claim?.source.kind).toBe('official_body');
  });

  it('one name meeting another is no list', () => {
    const claim = lastClaim(
      'Dewi Kartika met Pieter Smit at the new pier on Monday. || They said the ferries would return in May.',
      'en',
    );
    expect(claim?.source.basis).toBe('pronoun/unresolved');
  });
});
