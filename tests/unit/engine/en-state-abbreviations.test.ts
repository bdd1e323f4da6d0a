/** A town and its state written short after a comma ("Dover, Del.,") inside an aside stays in
 * the aside: the speaker is the phrase before it, as with a state written in full. Sentences
 * are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a state written short inside an aside', () => {
  it.each([
    [
      'The agency, in its lawsuit filed in federal court in Dover, Del., alleges that the mill lied.',
      'official_body',
    ],
    ['The company, which is based in Albany, N.Y., said it sold the ranch.', 'organization'],
    ['Kim Roe, of Avon, Conn., said the dam was weak.', 'named_person'],
  ] as const)('%s', (text, kind) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text.startsWith(text.split(',')[0] as string)).toBe(true);
  });
});
