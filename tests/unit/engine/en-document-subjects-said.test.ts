/** A document opening the clause, with when it came out or to whom after it, is the subject
 * of a speaker's verb ("A memo released on Monday said"), as it is of a finding verb. People
 * of a document ("the report's authors") speak for themselves.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('documents with a time or an addressee before a speaker verb', () => {
  it.each([
    [
      'A memo released on Monday said the depot would cut 300 jobs by spring.',
      'A memo released on Monday',
    ],
    [
      'A letter to shareholders said the mill expected profits to fall in the third quarter.',
      'A letter to shareholders',
    ],
    [
      'A statement issued late on Friday said the ferry port would reopen next week.',
      'A statement issued late on Friday',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('document');
    expect(c?.cue).toBe('said');
  });

  it("people of a document speak, not the document: the report's authors", () => {
    const c = onlyClaim("The report's authors said the depot would close.", 'en');
    expect(c?.source.text).toBe("The report's authors");
    expect(c?.source.kind).not.toBe('document');
  });
});
