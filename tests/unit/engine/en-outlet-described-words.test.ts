/** "the website said" after an outlet was named as "news website Dunmore.com" points back to
 * that outlet (media), not to a document; with no outlet so described, or as "its website",
 * the website stays a document. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a word that described an outlet', () => {
  it('"the website" after "news website <name>" is that outlet', () => {
    const claims = storyClaims(
      'The owner Jon Marr told local news website Dunmore.com that the rider fell. After he fell, the horse kicked him, the website said.',
      'en',
    );
    expect(claims[1]?.source).toMatchObject({
      kind: 'media',
      basis: 'lexicon-head/outlet-described',
    });
  });

  it.each([
    'The ministry posted the figures on Monday. Exports fell, the website said.',
    'The owner Jon Marr told local news website Dunmore.com that the rider fell. The show was founded in 1930, according to its website.',
  ])('stays a document: %s', (text) => {
    const claims = storyClaims(text, 'en');
    expect(claims[claims.length - 1]?.source.kind).toBe('document');
  });
});
