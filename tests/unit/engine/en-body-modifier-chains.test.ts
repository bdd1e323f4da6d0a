/** A body's name with a chain of words before its noun ("the Allied Nations human rights
 * office", "the A.N.'s farm agency") is the source whole, not its last noun or a stray "s".
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/core/text';
import { onlyClaim, paragraphClaims } from './helpers';

describe('modifier chains before a body noun', () => {
  it("keeps a dotted abbreviation's possessive as one word", () => {
    const words = tokenize("the A.N.'s farm agency").map((t) => [t.text, t.base]);
    expect(words).toEqual([
      ['the', 'the'],
      ["A.N.'s", 'a.n'],
      ['farm', 'farm'],
      ['agency', 'agency'],
    ]);
  });

  it.each([
    [
      'The UN human rights office said the prisoners in Velm had been beaten.',
      'The UN human rights office',
    ],
    [
      'The U.N. human rights office said the prisoners in Velm had been beaten.',
      'The U.N. human rights office',
    ],
    [
      'The Allied Nations human rights agency said the prisoners had been beaten.',
      'The Allied Nations human rights agency',
    ],
    [
      "The U.N.'s nuclear watchdog said the Korvel plant had lost power twice.",
      "The U.N.'s nuclear watchdog",
    ],
    [
      "The U.S.'s food safety agency said the cheese was recalled.",
      "The U.S.'s food safety agency",
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('official_body');
  });

  it("keeps a role with its body's chain", () => {
    const c = onlyClaim('The UN human rights chief said the raids on Velm broke the truce.', 'en');
    expect(c?.source.text).toBe('The UN human rights chief');
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a name opening the sentence is a subject, not an owner of the words after it', () => {
    const claims = paragraphClaims(
      'en',
      'Brivo says its drivers are happy.',
      'Riders tell horror stories about the firm. Brivo unilaterally cuts drivers’ fees, while claiming they need no union.',
    );
    const c = claims.find((x) => x.cue === 'claiming');
    expect(c?.source.text).toBe('Brivo');
  });
});
