/** "as reported by X" relays through an outlet (and "Writing in the journal X, ..." through
 * the journal, named up to its comma); a firm the article already named as a firm
 * ("Velmont Group Holding Ltd said ...", then "as high as reported by Velmont") is no outlet,
 * and "it reported" after it stays the firm. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a named firm after "as reported by"', () => {
  it('is not made an outlet, nor is the "it" after it', () => {
    const claims = paragraphClaims(
      'en',
      'Velmont Group Holding Ltd said on Thursday it had been contacted by regulators.',
      'Some merchants have questioned whether sales are as high as reported by Velmont.',
      'Last year it reported about $14 billion in sales.',
      'Velmont said its latest annual report showed the unit lost money.',
    );
    // The merchants' open question is theirs (rules/questioning-verb.ts); Velmont in it
    // carries nothing.
    expect(claims.map((c) => c.source.kind)).toEqual([
      'organization',
      'anonymous',
      'organization',
      'organization',
    ]);
    expect(claims[1]?.source.via ?? null).toBeNull();
  });

  it('an outlet after "as reported by" still carries the words', () => {
    const [c] = paragraphClaims(
      'en',
      'The mayor said the dam leaked, as reported by the Harlow Gazette.',
    );
    expect(c?.source.via).toBe('the Harlow Gazette');
  });
});

describe('a relay opening the sentence', () => {
  it('names its carrier up to the comma', () => {
    const [c] = paragraphClaims(
      'en',
      'Writing in the journal Tidal Science, the researchers said the marsh could recover.',
    );
    expect(c?.source.text).toBe('the researchers');
    expect(c?.source.via).toBe('the journal Tidal Science');
  });
});
