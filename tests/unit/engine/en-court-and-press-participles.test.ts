/** Web legal and business copy: a judge's ruling told after the claim ("..., a federal judge
 * ruled, saying ..."), a ruling told by its participle ("..., ruling that ..."), and an outlet
 * that "is reporting" a story. "ruling" and "reporting" are nouns too, so they report only
 * before a clause. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a ruling told after its claim', () => {
  it.each([
    'A dairy firm must face the lawsuit, a federal judge ruled.',
    'A dairy firm must face the lawsuit, a federal judge ruled, saying the contract was void.',
  ])('%s', (text) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source).toMatchObject({ text: 'a federal judge', kind: 'unnamed_official' });
    expect(claim?.claim).toBe('A dairy firm must face the lawsuit');
  });
});

describe('participles of ruling and reporting', () => {
  it('a judge ruling that ...', () => {
    const claim = onlyClaim(
      'A county judge certified a class of tenants, ruling that the landlord had misled them.',
      'en',
    );
    expect(claim?.source.text).toBe('A county judge');
    expect(claim?.claim).toBe('the landlord had misled them');
  });

  it('an outlet that is reporting a story', () => {
    const claim = onlyClaim(
      'The Harlow Gazette is reporting that the mill will close in May.',
      'en',
    );
    expect(claim?.source).toMatchObject({ text: 'The Harlow Gazette', kind: 'media' });
  });

  it.each([
    'The port lost its case in the court’s March ruling.',
    'The board met after the paper’s reporting on the mill.',
  ])('the nouns report nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
