/**
 * The sentence splitter skips Intl.Segmenter for a block that cannot hold two sentences (a
 * speed-up for the CLI and the page): whenever it does, the segmenter itself finds at most one
 * sentence in that text, for any mix of letters, stops, quotes, brackets and breaks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneSentence, splitSentences } from '@/core/sentences';

const CHARS = [
  'a',
  'B',
  'é',
  ' ',
  ' ',
  '.',
  '!',
  '?',
  '…',
  '"',
  "'",
  ')',
  '”',
  '“',
  '(',
  ':',
  ',',
  '。',
  '\n',
  '\u2029',
  '1',
];
const segmenters = ['en', 'id'].map((l) => new Intl.Segmenter(l, { granularity: 'sentence' }));

function icuPieces(seg: Intl.Segmenter, text: string): number {
  return Array.from(seg.segment(text)).filter((s) => s.segment.trim() !== '').length;
}

describe('isOneSentence', () => {
  it('is only true where the segmenter finds at most one sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        if (!isOneSentence(text)) return;
        for (const seg of segmenters) expect(icuPieces(seg, text)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 4000 },
    );
  });

  it('takes the common one-sentence paragraph, and not two sentences', () => {
    expect(isOneSentence('The minister said the port will reopen on Monday.')).toBe(true);
    expect(isOneSentence('“Kami siap,” katanya.')).toBe(true);
    expect(isOneSentence('He left. She stayed.')).toBe(false);
    expect(isOneSentence('Line one\nline two')).toBe(false);
    expect(splitSentences('The minister said the port will reopen on Monday.  ')).toEqual([
      { text: 'The minister said the port will reopen on Monday.', start: 0, end: 49 },
    ]);
  });
});
