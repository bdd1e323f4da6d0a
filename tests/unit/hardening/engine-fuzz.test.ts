/**
 * Property-based hardening of the engine: whatever text a page holds, `analyze` returns a
 * report valid against the contract, never throws, and does work linear in the text (regex
 * runs counted, never milliseconds: a wall-clock budget failed on a loaded 2-core machine).
 * Small run counts here (the whole file stays well under 10 s); `npm run fuzz` runs 100k.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { ArticleInput } from '@/core/report';
import { QUICK_SIZES, articleInput, pathologicalInput, pathologicalText } from './arbitraries';
import { brokenInvariants } from './engine-invariants';
import { regexRuns } from './work-count';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/** The report and the number of regex runs it took. */
function counted(input: ArticleInput, lang?: 'en' | 'id') {
  let report = analyze({ blocks: [] });
  const runs = regexRuns(() => (report = analyze(input, lang ? { lang } : {})));
  return { report, runs };
}

describe('engine under random and adversarial text', () => {
  it('never throws and always returns a valid report (everyday soup, any metadata)', () => {
    fc.assert(
      fc.property(
        articleInput(),
        fc.constantFrom(undefined, 'en' as const, 'id' as const),
        (input, lang) => {
          const { report } = counted(input, lang);
          expect(brokenInvariants(input, report)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('survives pathological blocks (no-end sentences, punctuation storms, nested and unbalanced quotes, zero-width, bidi) in linear time', () => {
    fc.assert(
      fc.property(pathologicalInput(QUICK_SIZES), (input) => {
        const { report } = counted(input);
        expect(brokenInvariants(input, report)).toEqual([]);
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 6)) },
    );
  });

  it('handles the full 100k-character sentence and a million punctuation marks', () => {
    const cases: ArticleInput[] = [
      {
        blocks: [
          {
            type: 'p',
            text: 'Menurut media pemerintah, '.padEnd(100_000, 'para pejabat AS khawatir bahwa '),
          },
        ],
      },
      { blocks: [{ type: 'p', text: '.'.repeat(1_000_000) }] },
      { blocks: [{ type: 'quote', text: '\u201C'.repeat(100_000) }] },
      { blocks: [{ type: 'p', text: '"said, '.repeat(50_000) }] },
    ];
    for (const input of cases) {
      const { report } = counted(input);
      expect(brokenInvariants(input, report)).toEqual([]);
    }
  });

  it('grows linearly: 8x the text costs well under 8x squared the work', () => {
    // Regex runs at n and 8n; an engine that rescans per cue shows ~64x, a linear one ~8x.
    const sample = fc.sample(
      pathologicalText({ longSentence: 4_000, punctuationStorm: 4_000, nesting: 500 }),
      { numRuns: 6, seed: 42 },
    );
    for (const text of sample) {
      const at = (k: number) => {
        const input: ArticleInput = { blocks: [{ type: 'p', text: text.repeat(k) }] };
        analyze(input);
        return counted(input).runs;
      };
      const small = at(1);
      const large = at(8);
      // 3x slack over linear plus a floor for texts that hardly run a regex.
      expect(
        large,
        `${JSON.stringify(text.slice(0, 40))}... (${text.length} chars): ${small} regex runs at 1x, ${large} at 8x`,
      ).toBeLessThan(8 * 3 * small + 100);
    }
  });

  it('keeps one long news block linear too (40k characters in one paragraph vs 5k)', () => {
    // Ordinary attributed sentences, as a page with no paragraph breaks would give them.
    const sentences = [
      'The minister said the harbour plan would cost more than expected.',
      '"We underestimated the quay walls," said Maria Lindqvist, the chief engineer.',
      'According to state media, officials reportedly denied the claim.',
      'Menurut media pemerintah, para pejabat khawatir bahwa biaya akan naik.',
    ];
    const text = (chars: number) => {
      let out = '';
      for (let i = 0; out.length < chars; i++) out += `${sentences[i % sentences.length]} `;
      return out;
    };
    const at = (chars: number) => {
      const input: ArticleInput = { blocks: [{ type: 'p', text: text(chars) }] };
      analyze(input);
      return counted(input).runs;
    };
    const small = at(5_000);
    const large = at(40_000);
    expect(small).toBeGreaterThan(100);
    expect(large, `${small} regex runs at 5k characters, ${large} at 40k`).toBeLessThanOrEqual(
      small * 8 * 1.25,
    );
  });
});
