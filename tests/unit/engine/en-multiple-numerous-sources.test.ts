/**
 * "according to multiple reports", "numerous studies have found": quantifiers like "several"
 * opening a source phrase; the phrase is the source (and a hedge inside the claim is no
 * second source). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a quantified source phrase', () => {
  it.each([
    ['The ferry will stop in May, according to multiple reports.', 'multiple reports', 'media'],
    ['Multiple sources said the ferry will stop in May.', 'Multiple sources', 'anonymous'],
    [
      'Numerous studies have found that ferries pollute less than trucks.',
      'Numerous studies',
      'document',
    ],
  ])('%s', (text, source, kind) => {
    expect(paragraphClaims('en', text).map((c) => [c.source.text, c.source.kind])).toEqual([
      [source, kind],
    ]);
  });

  it('the source, not the hedge inside its claim', () => {
    const claims = paragraphClaims(
      'en',
      'The skipper Ana Lind sued the port for allegedly breaking her lease, according to multiple reports.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['according to']);
  });
});
