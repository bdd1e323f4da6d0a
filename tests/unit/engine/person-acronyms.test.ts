/** A person's name closed by initials in parentheses ("Marion T. Quell (MTQ)") makes a later
 * "MTQ said" that person, not an institution's acronym. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (texts: string[], lang: 'en' | 'id' = 'en') => paragraphClaims(lang, ...texts);

describe('a person known by initials', () => {
  it('a name with a middle initial, then its acronym', () => {
    const [c] = claims([
      'The debate began with Marion T. Quell (MTQ) and her letter to the board.',
      'MTQ has long argued that the trust should sell the old pier.',
    ]);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toContain('Marion T. Quell');
  });

  it('a two-word name, then its acronym', () => {
    const [c] = claims([
      'A crowd greeted Tomas Okafor Ridley (TOR) outside the hall.',
      'TOR said the vote had been rigged.',
    ]);
    expect(c?.source.kind).toBe('named_person');
  });

  it('an institution with its acronym stays an institution', () => {
    const [c] = claims([
      'The Bureau of Harbors and Canals (BHC) closed the lock on Friday.',
      'BHC said the lock would reopen in May.',
    ]);
    expect(c?.source.kind).toBe('official_body');
  });

  it('Indonesian: a name and its initials', () => {
    const [c] = claims(
      [
        'Pendukung Rahmat Santoso Wiraguna (RSW) berkumpul di depan gedung dewan.',
        'RSW mengatakan pemungutan suara itu curang.',
      ],
      'id',
    );
    expect(c?.source.kind).toBe('named_person');
  });
});
