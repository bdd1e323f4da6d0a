/** A definite article and a common noun right after a capitalised word with no comma open
 * the speaker's phrase: the place or day before them is no part of it. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('"... for Lisbon on Friday the treasurer told ..." (English)', () => {
  it.each([
    [
      'Before she flew to Lisbon on Friday the treasurer told reporters the fund was sound.',
      'the treasurer',
    ],
    ['In Velmar the mayor said the pier would reopen in June.', 'the mayor'],
    // A name that goes on after "of the" keeps its words.
    ['The Bank of the North said the fund was sound.', 'The Bank of the North'],
    [
      'Minister of the interior Ana Ruiz said the fund was sound.',
      'Minister of the interior Ana Ruiz',
    ],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });
});
