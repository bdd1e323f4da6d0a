/** Documents and whose they are. A document's noun with a participle after it ("A Harbor
 * Foundation report released Tuesday said") is the subject of the later verb, not a verb
 * itself; and a name written before a document's noun ("a Velmont statement") is the
 * document's owner when the article names it again ("Velmont said"), not the document.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('documents and their owners', () => {
  it.each([
    [
      'A Greenway Foundation report released Tuesday said the seawall would fail.',
      'A Greenway Foundation report released Tuesday',
    ],
    [
      'The Greenway Foundation report published last week said the seawall would fail.',
      'The Greenway Foundation report published last week',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('document');
    expect(c?.claim).toBe('the seawall would fail');
  });

  it('a name before a document noun is the owner when named again', () => {
    const claims = paragraphClaims(
      'en',
      'A Velmont statement said the plant would close.',
      'Velmont said in a securities filing that revenue fell.',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['document', 'organization']);
    expect(claims[1]?.source.basis).toBe('earlier-name/owner');
  });

  it('a person named that way is left to the later stages', () => {
    const claims = paragraphClaims(
      'en',
      'Mayor Ada Brell said the dam was safe.',
      "Brell's memo said the dam was safe.",
      'Brell said the dam was inspected.',
    );
    expect(claims.at(-1)?.source.kind).toBe('named_person');
  });
});
