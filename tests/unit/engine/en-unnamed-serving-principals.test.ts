/** Unnamed people described by whom they serve or visit ("Aides to the governor", "Two
 * advisers to Governor Ines Varga", "visitors to the park"): they are the source, not the
 * principal after "to", "of" or "for". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const only = (text: string) => {
  const claims = paragraphClaims('en', text);
  expect(claims).toHaveLength(1);
  return claims[0];
};

describe('unnamed people before the principal they serve', () => {
  it.each([
    [
      'Aides to the governor said she would sign the levy bill.',
      'Aides to the governor',
      'unnamed_official',
    ],
    [
      'Senior aides to the governor said she would sign the levy bill.',
      'Senior aides to the governor',
      'unnamed_official',
    ],
    [
      'On Monday, aides to the governor said she would sign the levy bill.',
      'aides to the governor',
      'unnamed_official',
    ],
    [
      'Aides to Governor Ines Varga said she would sign the levy bill.',
      'Aides to Governor Ines Varga',
      'unnamed_official',
    ],
    [
      'Two senior aides to Governor Ines Varga said she would sign the levy bill.',
      'Two senior aides to Governor Ines Varga',
      'unnamed_official',
    ],
    [
      'Two advisers to the president said he was losing patience.',
      'Two advisers to the president',
      // Serving an office, as aides do (the dev gold's adviser to a prime minister).
      'unnamed_official',
    ],
    [
      'Visitors to the Orlen park say the bears are tame.',
      'Visitors to the Orlen park',
      'anonymous',
    ],
    [
      'Supporters of Mayor Tomas Rell say he will win a second term.',
      'Supporters of Mayor Tomas Rell',
      'anonymous',
    ],
    [
      'An aide to the governor said she would sign the levy bill.',
      'An aide to the governor',
      'unnamed_official',
    ],
  ] as const)('%s', (text, source, kind) => {
    expect(only(text)?.source).toMatchObject({ text: source, kind });
  });
});
