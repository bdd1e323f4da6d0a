/** "The port authority closed the pier on Monday. It said ...": a public body named by its
 * common noun opening a sentence that quotes no one is what a later "it", "they" or "mereka"
 * stands for (was unresolved, an organization by default). Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a body opening a sentence that quotes no one', () => {
  it.each([
    ['en', 'The ministry raised harbour fees on Monday. || It said the pier needed repairs.'],
    ['en', 'Police closed the harbour road on Sunday. || They said a crane had collapsed.'],
    ['id', 'Polisi menutup jalan pelabuhan, Minggu. || Mereka mengatakan sebuah derek roboh.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'official_body',
      resolvesTo: expect.any(String),
    });
  });

  it('two bodies joined are no one "it"', () => {
    const claim = lastClaim(
      'The ministry and the army closed the harbour road. || It said a crane had collapsed.',
      'en',
    );
    expect(claim?.source.basis).toBe('pronoun/unresolved');
  });
});
