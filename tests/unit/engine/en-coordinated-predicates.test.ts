/** "X met reporters and said ...": a verb of saying coordinated after another verb shares the
 * sentence's subject - everything before the first verb - not a word inside it ("Mayor") nor
 * the first verb's object ("reporters"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a verb of saying after another verb', () => {
  it.each([
    [
      'Mayor Tomas Hendel met reporters in Kelbo and said the water supply was safe.',
      'Mayor Tomas Hendel',
      'named_person',
    ],
    [
      'Tomas Hendel met reporters in Kelbo and said the water supply was safe.',
      'Tomas Hendel',
      'named_person',
    ],
    [
      "Varnia's finance minister, Petra Olm, presented the budget on Tuesday and said the deficit would shrink.",
      "Varnia's finance minister, Petra Olm",
      'named_person',
    ],
    [
      'The Kelbo Steel company outlined its restructuring plan on Monday and stated that 400 jobs would be cut.',
      'The Kelbo Steel company',
      'organization',
    ],
    [
      'Governor Lisa Marant visited the shelter on Sunday and told residents that help was on the way.',
      'Governor Lisa Marant',
      'named_person',
    ],
    [
      'Senator Ida Vance has rejected the offer and insists the vote must go ahead.',
      'Senator Ida Vance',
      'named_person',
    ],
    [
      'A spokeswoman for the port authority, reached by telephone, declined to give figures but said the harbour had reopened.',
      'A spokeswoman for the port authority',
      'unnamed_official',
    ],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it('the words before a verb inside a relative clause stay with it', () => {
    const c = onlyClaim(
      'People who saw the crash called the police and said the bus was going too fast.',
      'en',
    );
    expect(c?.source.text).toBe('People who saw the crash');
    expect(c?.source.kind).toBe('anonymous');
  });

  it('an opening phrase with a date is no subject', () => {
    const found = paragraphClaims(
      'en',
      'On 4 May 1921 Varnia joined the league and declared its ports open to all ships.',
    );
    expect(found.map((c) => c.source.text)).not.toContain('4 May 1921 Varnia');
  });

  it('infinitives joined by "and" are no verbs of a subject', () => {
    const found = paragraphClaims(
      'en',
      'The aim of the new desk should be for an editor to write and tell stories that hold readers.',
    );
    expect(found).toHaveLength(0);
  });
});
