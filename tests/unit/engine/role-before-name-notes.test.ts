/** "Juru bicara Kemlu Andi Saputra menghadiri rapat di DPR. '...,' tambahnya": a role phrase
 * with a lower-case word before the capitals of a name noted in passing gives that person
 * their role, so the person is one a later pronoun stands for; without it the name's first
 * capitals ("Kemlu Andi Saputra") read as an institution's. A title of address does the same
 * for a one-word name ("Mr. Ambry"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a role written before a name noted in passing', () => {
  it.each([
    [
      'id',
      'Juru bicara Kemenhub Andi Saputra menghadiri rapat di DPR, Senin. || ' +
        '"Kami terus memantau pelabuhan," tambahnya.',
      'Andi Saputra',
    ],
    [
      'id',
      'Rapat itu dihadiri juru bicara Kemenhub Andi Saputra. || Ia mengatakan dermaga akan ditutup.',
      'Andi Saputra',
    ],
    [
      'en',
      'Harbour chief executive Dana Pell toured the new pier on Monday. || ' +
        'She said the ferries would move.',
      'Dana Pell',
    ],
  ] as const)('%s: %s', (lang, text, name) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: name,
      role: expect.stringMatching(/\p{L}/u),
    });
  });
});

describe('a title of address before a one-word name noted in passing', () => {
  it.each([
    ['en', 'Mr. Ambry arrived at the pier on Monday. || He said the ferries would move.', 'Ambry'],
    ['en', 'Mrs Kemp toured the harbour on Monday. || She said the pier was safe.', 'Kemp'],
  ] as const)('%s: %s', (lang, text, name) => {
    expect(lastClaim(text, lang)?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: expect.stringContaining(name),
    });
  });

  it('an acronym written like a title is none', () => {
    const claim = lastClaim(
      'Data itu dikelola oleh BU GDP Center. || "Pendanaan turun," katanya.',
      'id',
    );
    expect(claim?.source.basis).toBe('clitic/unresolved');
  });
});
