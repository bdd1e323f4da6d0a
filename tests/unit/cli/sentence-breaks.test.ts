/**
 * core/sentence-breaks.ts cuts text into sentences without Intl.Segmenter (whose first use
 * costs the CLI 20-30 ms per process and per worker thread). Wherever it gives an answer, the
 * answer is the segmenter's, offset for offset: over every short string of one character per
 * sentence-break class, over random strings of every character it knows, and over prose.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceStarts } from '@/core/sentence-breaks';
import { splitSentences } from '@/core/sentences';

const segmenters = ['en', 'id'].map((l) => new Intl.Segmenter(l, { granularity: 'sentence' }));
const icuStarts = (seg: Intl.Segmenter, text: string): number[] =>
  Array.from(seg.segment(text), (s) => s.index);

function expectSameAsSegmenter(text: string): void {
  const mine = sentenceStarts(text);
  expect(mine, JSON.stringify(text)).not.toBeNull();
  for (const seg of segmenters) expect(mine, JSON.stringify(text)).toEqual(icuStarts(seg, text));
}

/** One character of each class: Other, CR, LF, Sp, Lower, Upper, Numeric, ATerm, STerm,
 * Close, SContinue. */
const CLASS_REPRESENTATIVES = ['#', '\r', '\n', ' ', 'a', 'A', '1', '.', '?', '"', ','];

const KNOWN: string[] = [];
for (let c = 0; c < 0x3000; c++) {
  const ch = String.fromCharCode(c);
  if (sentenceStarts(ch) !== null) KNOWN.push(ch);
}

describe('sentenceStarts', () => {
  it('knows ASCII, Latin letters, curly quotes and dashes, and no other script', () => {
    for (const ch of ['a', 'Z', '9', '.', '?', '“', '”', '’', '—', 'é', 'Ş', 'ğ', '\u00a0'])
      expect(KNOWN).toContain(ch);
    for (const ch of ['。', '，', '的', 'ا', 'Б', '\u0301', '\u200b', '\u00ad', '\u2029'])
      expect(KNOWN).not.toContain(ch);
    expect(sentenceStarts('Kata dia. 他说。')).toBeNull();
  });

  it('cuts every string of up to four class representatives as the segmenter does', () => {
    const grow = (prefix: string, depth: number): void => {
      if (prefix) expectSameAsSegmenter(prefix);
      if (depth > 0) for (const r of CLASS_REPRESENTATIVES) grow(prefix + r, depth - 1);
    };
    grow('', 4);
  });

  it('cuts random strings of every known character as the segmenter does', () => {
    const char = fc.oneof(fc.constantFrom(...KNOWN), fc.constantFrom(...CLASS_REPRESENTATIVES));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 24 }), (chars) => {
        expectSameAsSegmenter(chars.join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts prose as the segmenter does: abbreviations, decimals, quotes, lower-case starts', () => {
    for (const text of [
      'The U.S. envoy arrived at 3.30 p.m. on Friday. "We will talk," he said! Then he left.',
      'Harga naik 3,5 persen. "Kami siap," kata Dr. Budi. Ia menambahkan: rapat ditunda.',
      'Is it true? "No." she said... (It was.) Done.\nNext line.\r\nLast — really.',
      'A. B. Smith, e.g. the mayor. Ok.  ',
      '',
    ])
      expectSameAsSegmenter(text);
  });

  it('leaves the splitter output unchanged where the text falls back to the segmenter', () => {
    const text = 'Menteri berkata. 他说。Lalu pergi.';
    expect(sentenceStarts(text)).toBeNull();
    expect(splitSentences(text).map((s) => s.text)).toEqual(
      Array.from(segmenters[0]!.segment(text), (s) => s.segment.trim()),
    );
  });
});
