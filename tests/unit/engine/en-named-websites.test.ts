/** A word for a site on the web right before the site's own name ("technology website Harlow
 * Now") names a news outlet when it reports; a body's or an owner's website stays a
 * document. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a website named after its word', () => {
  it.each([
    'Shares fell after technology website Harlow Now reported that the deal was off.',
    'The news site Dunmore Daily said the mayor would resign.',
    'The website Tidewatch reported that two ships had docked.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('media');
  });

  it.each([
    "Velmar's website said the office would close.",
    'The Kremlin website said the office would close.',
    'The website said the office would close.',
  ])('stays a document: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});
