/** Properties over random input (kept quick: the heavy fuzzing lives elsewhere): the engine
 * never throws, every claim's sentence is exact text of its block, output validates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { Report } from '@/core/report';
import { collapseWhitespace } from '@/core/text';
import { regexRuns } from '../hardening/work-count';
import { testRegistry } from './helpers';

const PIECES = [
  'said',
  'kata',
  'ujarnya',
  'menurut',
  'according to',
  'reportedly',
  'dikabarkan',
  'media pemerintah',
  'state media',
  'Kim',
  'Tom Farlow',
  'Menteri',
  'the company',
  'he',
  'dia',
  '"',
  '“',
  '”',
  ',',
  '.',
  '?',
  'U.S.',
  'Dr.',
  'dilansir dari',
  'Statenews',
  'told',
  'hal ini',
  'bahwa',
  'that',
  '(',
  ')',
  '\n',
  '  ',
  'officials',
  'para pejabat',
  'sumber',
  'laporan',
  'The report',
  'found',
  'mengatakan',
  ' ',
];

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join(' ')),
);
const block = fc.record({
  text,
  type: fc.constantFrom('p', 'heading', 'quote', 'li') as fc.Arbitrary<
    'p' | 'heading' | 'quote' | 'li'
  >,
});
const input = fc.record({
  blocks: fc.array(block, { maxLength: 8 }),
  url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: undefined }),
  langHint: fc.option(fc.constantFrom('en', 'id', 'fr', '', 'in-ID'), { nil: undefined }),
  credits: fc.option(fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }), { nil: undefined }),
});

describe('engine properties', () => {
  it('never throws, validates, and quotes its input exactly', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const report = analyze(inp, { registry: testRegistry });
        expect(Report.safeParse(report).success).toBe(true);
        for (const c of report.claims) {
          const collapsed = collapseWhitespace(inp.blocks[c.block]!.text);
          expect(collapsed.slice(c.offset, c.offset + c.sentence.length)).toBe(c.sentence);
          expect(c.flags.length > 0).toBe(c.strength === 'weak');
        }
        expect(report.summary.claims).toBe(report.claims.length);
        expect(report.summary.score).toBeGreaterThanOrEqual(0);
        expect(report.summary.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile input: huge blocks, no spaces, deep quotes, missing fields', () => {
    const hostile = [
      { blocks: [{ text: 'a'.repeat(200_000), type: 'p' as const }] },
      { blocks: [{ text: '"'.repeat(5000) + ' said ' + '“'.repeat(5000), type: 'p' as const }] },
      { blocks: [{ text: ('Menurut ' + 'A '.repeat(30) + ', ').repeat(500), type: 'p' as const }] },
      { blocks: [{ text: 'kata '.repeat(20_000), type: 'p' as const }] },
      { blocks: [{ text: '<script>alert(1)</script> said the official.', type: 'p' as const }] },
      { blocks: null, url: 42 } as unknown as Parameters<typeof analyze>[0],
      { blocks: [{ text: null, type: 'p' }] } as unknown as Parameters<typeof analyze>[0],
    ];
    for (const h of hostile) {
      const report = analyze(h, { registry: testRegistry });
      expect(Report.safeParse(report).success).toBe(true);
    }
  });
});

describe('engine properties: linear work on repeated cues', () => {
  // One endless sentence of the same cue: every verb looks back for its source, every
  // "menurut" forward for its outlet; each look must stay bounded. (Time is measured by
  // `npm run bench` (scaling), which prints figures; a test counts steps.)
  it.each([
    ['said ', 'en'],
    ['officials fear that ', 'en'],
    ['a man who asked not to be named said ', 'en'],
    ['Smith said it, while Jones said ', 'en'],
    ['menurut Statenews ', 'id'],
    ['Sri Mulyani pada Senin (12/3) mengatakan ', 'id'],
    ['Badan A, B, dan C (D) menyatakan ', 'id'],
  ] as const)('%j', (piece, lang) => {
    const at = (chars: number) => {
      const input = {
        blocks: [{ type: 'p' as const, text: piece.repeat(Math.ceil(chars / piece.length)) }],
      };
      analyze(input, { lang, registry: testRegistry }); // compiles the packs outside the count
      return regexRuns(() => analyze(input, { lang, registry: testRegistry }));
    };
    const small = at(5_000);
    const large = at(40_000);
    // 8x the text: a linear engine runs ~8x the regexes, one that rescans per cue ~64x.
    expect(small).toBeGreaterThan(100);
    expect(large, `${small} regex runs at 5k, ${large} at 40k`).toBeLessThanOrEqual(
      small * 8 * 1.25,
    );
  });
});
