/** An adverb between a finding verb and its "that" ("suggest however that", "found, however,
 * that", "menemukan pula bahwa") still leaves a reported clause; the set-off adverb is no part
 * of the claim. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('adverbs before a finding clause', () => {
  it.each([
    ['en', 'Several harbour experts suggest however that the pier cannot be saved.', 'suggest'],
    ['en', 'Several harbour experts suggest, however, that the pier cannot be saved.', 'suggest'],
    ['en', 'Marine researchers found, however, that the pier cannot be saved.', 'found'],
    [
      'id',
      'Para peneliti kelautan menemukan pula bahwa dermaga itu tidak bisa diselamatkan.',
      'menemukan',
    ],
  ] as const)('%s: %s', (lang, text, cue) => {
    const [c] = paragraphClaims(lang, text);
    expect(c?.cue).toBe(cue);
    expect(c?.claim).toMatch(/^(the pier|dermaga itu)/);
  });

  it('a thing found, with an adverb after the verb, is no finding', () => {
    expect(paragraphClaims('en', 'Divers found later a rusted anchor near the pier.')).toEqual([]);
  });
});
