/** Stage pointing-pair: "the two leaders", "both ministers" right after a sentence that named
 * those people is them, named. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { pointingPair } from '@/core/source/stages/pointing-pair';
import { decide, lastSource } from './helpers';

describe('stage pointing-pair', () => {
  it.each([
    ['The two leaders said the talks were useful.'],
    ['Both ministers said the talks were useful.'],
  ])('%s after two people named', (sentence) => {
    const source = lastSource(
      'en',
      'Harbour Minister Dana Pell and Port Minister Tom Ambry met in Kelbo on Monday.',
      sentence,
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      resolvesTo: 'Dana Pell and Tom Ambry',
      basis: 'pointing-pair',
    });
  });

  it('people only mentioned are not named before: "the two men" stays anonymous', () => {
    const source = lastSource(
      'en',
      'Guards stopped two men at the harbour gate.',
      'The two men said they had lost their passes.',
    );
    expect(source?.kind).toBe('anonymous');
  });

  it('passes with nobody named before', () => {
    expect(
      decide(pointingPair, 'The two leaders said the talks were useful.', 'The two leaders', 'en'),
    ).toBeNull();
  });
});
