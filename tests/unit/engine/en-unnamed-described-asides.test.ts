/** An unnamed source described by a participle's phrase, then a relative clause saying it
 * is unnamed ("A resident reached by telephone, who asked not to be named, said"): the
 * person's noun heads the source, never the place in the phrase. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a described unnamed source before its relative clause', () => {
  it.each([
    [
      'A resident reached by telephone, who asked not to be named, said the Tarn bridge was shut.',
      'A resident reached by telephone, who asked not to be named',
      'anonymous',
    ],
    [
      'A diplomat based in Orlen, who requested anonymity, said the talks had stalled.',
      'A diplomat based in Orlen, who requested anonymity',
      'unnamed_official',
    ],
    [
      'An official speaking from Varro, who declined to be identified, said the port was closed.',
      'An official speaking from Varro, who declined to be identified',
      'unnamed_official',
    ],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });

  it('a named person with a home town stays named', () => {
    const claims = paragraphClaims(
      'en',
      'Ines Varga of Orlen, who won the race, said she was tired.',
    );
    expect(claims[0]?.source).toMatchObject({ kind: 'named_person', name: 'Ines Varga' });
  });
});
