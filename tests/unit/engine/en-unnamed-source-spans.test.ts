/** The words of an unnamed source, and only those: adverbs between the source and its verb
 * ("Varnian officials have privately said") belong to neither. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('adverbs between an unnamed source and its verb', () => {
  it.each([
    [
      'Varnian officials have privately said they want a ceasefire.',
      'Varnian officials',
      'unnamed_official',
    ],
    [
      'Many diplomats privately concede that the embargo has failed.',
      'Many diplomats',
      'unnamed_official',
    ],
    ['Some economists openly argue that the levy is too high.', 'Some economists', 'anonymous'],
    ['Local residents still say the ferry is unsafe.', 'Local residents', 'anonymous'],
    ['Analysts increasingly believe that the mill will close.', 'Analysts', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });
});
