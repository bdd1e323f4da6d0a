/** A statement, letter or e-mail whose author is an unnamed official or a source rests on that
 * unnamed person: the author is the source and the claim carries the unnamed-source flag.
 * Reports by researchers, statements by a body or a firm, and a named author's letter stay
 * documents. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('documents written by unnamed people', () => {
  it.each([
    ['A statement by an unnamed official said the ferry talks had stalled.', 'unnamed_official'],
    ['A letter from a senior diplomat said the border would reopen in May.', 'unnamed_official'],
    ['An email from a company spokeswoman said the mill would stay open.', 'unnamed_official'],
    ['A memo from a source close to the board said the merger was off.', 'anonymous'],
  ])('%s', (text, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.basis).toBe('rule:document-owner/unnamed-author');
    expect(c?.flags).toContain('unnamed_source');
    expect(c?.source.text).toMatch(/^An? (statement|letter|email|memo) (by|from) /u);
  });

  it.each([
    'A report by researchers said the reef was shrinking.',
    'A statement from the harbour board said the ferry talks had stalled.',
    'A letter from Senator Ilse Marwick said the border would reopen in May.',
  ])('%s stays a document', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.flags).not.toContain('unnamed_source');
  });
});
