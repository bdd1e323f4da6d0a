/** An outlet's own figures ("according to Gazette calculations", "a Gazette tally", "a
 * Gazette analysis"): the outlet is the source, as with its reports, and its figures stay in
 * its words, out of the claim. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("an outlet's own figures", () => {
  it.each([
    [
      'According to Lowick Gazette calculations, the fund lost $2 billion.',
      'Lowick Gazette calculations',
      'the fund lost $2 billion',
    ],
    [
      'The fund lost $2 billion, according to a Lowick Gazette tally.',
      'a Lowick Gazette tally',
      'The fund lost $2 billion',
    ],
    [
      'An analysis by the Lowick Gazette found that rents doubled.',
      'An analysis by the Lowick Gazette',
      'rents doubled',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'media', text: source });
    expect(c?.claim).toBe(claim);
  });

  it.each([
    'Calculations by the harbour board show the fund lost $2 billion.',
    'A police estimate compiled by the Lowick Gazette showed that 3,000 people marched.',
  ])("a body's figures stay a document: %s", (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});
