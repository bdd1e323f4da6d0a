/** An outlook (a lender's or a fund's published forecast) is a document: "the fund's outlook
 * said growth would slow". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an outlook as a document', () => {
  it.each([
    "The fund's outlook said growth in the region would slow to 2 percent.",
    'The outlook said growth in the region would slow to 2 percent.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});
