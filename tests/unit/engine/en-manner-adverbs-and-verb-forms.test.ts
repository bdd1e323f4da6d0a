/** An adverb of manner no table lists between a speaker and the verb ("he wearily said"), a
 * present form of a verb that stands before its speaker (", predicts X"), and "protested
 * that": all report words. A noun with the adverb's ending ("family", "the daily") stays the
 * source's. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('speaker, adverb of manner, verb (English)', () => {
  it.each([
    [
      'Councillor Ben Ashe wearily denied the depot would be sold.',
      'Councillor Ben Ashe',
      'denied',
    ],
    [
      'After the count, Mara Quill tartly said that the ballots had been mislaid.',
      'Mara Quill',
      'said',
    ],
    ['The Ostrander family said the boy was safe.', 'The Ostrander family', 'said'],
    ['The daily said the harbour master had resigned.', 'The daily', 'said'],
  ])('%s', (text, source, cue) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.cue).toBe(cue);
  });
});

describe('present forms before the speaker, and "protested that" (English)', () => {
  it('", predicts NAME, ROLE"', () => {
    const c = onlyClaim(
      'With feed prices climbing, there may not be enough hay to last the winter, predicts Ivo Brandt.',
      'en',
    );
    expect(c?.source).toMatchObject({ text: 'Ivo Brandt', kind: 'named_person' });
  });

  it('", suggests a new study"', () => {
    const c = onlyClaim('Honeybees steer by the sun on cloudy days, suggests a new study.', 'en');
    expect(c?.source).toMatchObject({ text: 'a new study', kind: 'document' });
  });

  it('"protested that" reports; a protest with no words does not', () => {
    const c = onlyClaim('Dock workers protested that the new shifts were unsafe.', 'en');
    expect(c?.source).toMatchObject({ text: 'Dock workers' });
    expect(
      paragraphClaims('en', 'Dock workers protested outside the port office on Monday.'),
    ).toEqual([]);
  });
});
