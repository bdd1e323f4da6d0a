/** A subject joined with its own people ("Britain and its allies", "the president and his
 * aides"): the first half speaks for both, and the span covers both. A lone name's guessed
 * kind is not spread that way, and the first half must open its clause. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a subject and its own people', () => {
  it.each([
    ['Britain and its allies said the vote was a sham.', 'Britain and its allies', 'official_body'],
    [
      'The United States and its Western allies have said the vote was a sham.',
      'The United States and its Western allies',
      'official_body',
    ],
    [
      'The president and his aides have long said the plan is working.',
      'The president and his aides',
      'unnamed_official',
    ],
    [
      'The launch, which Japan and its neighbours said broke the truce, drew protests.',
      'Japan and its neighbours',
      'official_body',
    ],
  ])('%s', (text, source, kind) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe(kind);
  });

  it('leaves a first half inside another phrase alone', () => {
    const claims = paragraphClaims(
      'en',
      'She reacts the way Rafe and his friends claim they would.',
    );
    expect(claims.map((c) => c.source.text)).not.toContain('the way Rafe and his friends');
  });
});
