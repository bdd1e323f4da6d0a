/** "Many members said A and others said B": the rest of a group after a coordinator speaks a
 * second claim of its own, with or without a comma ("Sebagian ... dan sebagian lainnya
 * mengatakan ..." in Indonesian). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('the rest of a group as a second speaker', () => {
  it.each([
    [
      'en' as const,
      'Many residents of Kelbo have said they will not attend the vote and others have said they are undecided.',
      ['Many residents of Kelbo', 'others'],
    ],
    [
      'en' as const,
      'Some residents of Kelbo said the water was safe and still others said it smelled of oil.',
      ['Some residents of Kelbo', 'others'],
    ],
    [
      'id' as const,
      'Sebagian warga Kelbo mengatakan air sumur aman dan sebagian lainnya mengatakan airnya berbau minyak.',
      ['Sebagian warga Kelbo', 'sebagian lainnya'],
    ],
  ])('%s: %s', (lang, text, sources) => {
    const claims = paragraphClaims(lang, text);
    expect(claims.map((c) => c.source.text)).toEqual(sources);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous', 'anonymous']);
  });

  it('a group told of inside one account is no second speaker', () => {
    const claims = paragraphClaims(
      'en',
      'The Kelbo police said two men fled and the witnesses said nothing more.',
    );
    expect(claims).toHaveLength(1);
  });
});
