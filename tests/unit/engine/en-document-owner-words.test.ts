/** A document subject with no determiner near its noun keeps the describing words and its
 * owner's name before it ("Internal company records show", "The Harlow Trust's annual survey
 * found"): the source's words name whose document it is. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("a document's describing and owner's words", () => {
  it.each([
    [
      'Internal company records show that the ferry was never inspected.',
      'Internal company records',
    ],
    [
      "The Harlow Trust's annual survey found that donations fell.",
      "The Harlow Trust's annual survey",
    ],
    [
      'The Lowick Chamber of Commerce survey showed that confidence fell.',
      'The Lowick Chamber of Commerce survey',
    ],
    ['Television footage showed smoke rising over the harbour.', 'Television footage'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source).toMatchObject({ kind: 'document', text: source });
  });

  it('a cue before the document stops its words', () => {
    const c = onlyClaim(
      'The mayor said harbour records showed the ferry was never inspected.',
      'en',
    );
    expect(c?.source.text).toBe('The mayor');
  });
});
