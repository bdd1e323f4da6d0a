/**
 * Property-based hardening of the engine: whatever text a page holds, `analyze` returns a
 * report valid against the contract, never throws, and takes time linear in the text.
 * Small run counts here (the whole file stays well under 10 s); `npm run fuzz` runs 100k.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { ArticleInput } from '@/core/report';
import { QUICK_SIZES, articleInput, inputChars, pathologicalInput, pathologicalText } from './arbitraries';
import { brokenInvariants } from './engine-invariants';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

/**
 * Generous wall-clock bound, per call: catches a hang or a quadratic blow-up on 100k
 * characters (seconds to minutes) without failing on a loaded 2-core machine.
 */
function budgetMs(chars: number): number {
  return 250 + chars * 0.05;
}

function timed(input: ArticleInput, lang?: 'en' | 'id') {
  const start = performance.now();
  const report = analyze(input, lang ? { lang } : {});
  return { report, ms: performance.now() - start };
}

describe('engine under random and adversarial text', () => {
  it('never throws and always returns a valid report (everyday soup, any metadata)', () => {
    fc.assert(
      fc.property(articleInput(), fc.constantFrom(undefined, 'en' as const, 'id' as const), (input, lang) => {
        const { report, ms } = timed(input, lang);
        expect(brokenInvariants(input, report)).toEqual([]);
        expect(ms).toBeLessThan(budgetMs(inputChars(input)));
      }),
      { numRuns: RUNS },
    );
  });

  it('survives pathological blocks (no-end sentences, punctuation storms, nested and unbalanced quotes, zero-width, bidi) in linear time', () => {
    fc.assert(
      fc.property(pathologicalInput(QUICK_SIZES), (input) => {
        const { report, ms } = timed(input);
        expect(brokenInvariants(input, report)).toEqual([]);
        expect(ms).toBeLessThan(budgetMs(inputChars(input)));
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 6)) },
    );
  });

  it('handles the full 100k-character sentence and a million punctuation marks', () => {
    const cases: ArticleInput[] = [
      { blocks: [{ type: 'p', text: 'Menurut media pemerintah, '.padEnd(100_000, 'para pejabat AS khawatir bahwa ') }] },
      { blocks: [{ type: 'p', text: '.'.repeat(1_000_000) }] },
      { blocks: [{ type: 'quote', text: '\u201C'.repeat(100_000) }] },
      { blocks: [{ type: 'p', text: '"said, '.repeat(50_000) }] },
    ];
    for (const input of cases) {
      const { report, ms } = timed(input);
      expect(brokenInvariants(input, report)).toEqual([]);
      expect(ms).toBeLessThan(budgetMs(inputChars(input)));
    }
  });

  it('grows linearly: 8x the text costs well under 8x squared the time', () => {
    // Median of a few runs at n and 8n; a quadratic engine shows ~64x, a linear one ~8x.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const sample = fc.sample(pathologicalText({ longSentence: 4_000, punctuationStorm: 4_000, nesting: 500 }), { numRuns: 6, seed: 42 });
    for (const text of sample) {
      const at = (k: number) => {
        const input: ArticleInput = { blocks: [{ type: 'p', text: text.repeat(k) }] };
        analyze(input);
        return median([0, 1, 2].map(() => timed(input).ms));
      };
      const small = at(1);
      const large = at(8);
      // 3x slack over linear plus a floor for timer noise on sub-millisecond runs.
      expect(large, `${JSON.stringify(text.slice(0, 40))}... (${text.length} chars): ${small.toFixed(2)} ms at 1x, ${large.toFixed(2)} ms at 8x`).toBeLessThan(8 * 3 * small + 30);
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
      const runs = [0, 1, 2].map(() => timed(input).ms).sort((a, b) => a - b);
      return runs[1] ?? 0;
    };
    const small = at(5_000);
    const large = at(40_000);
    expect(large, `${small.toFixed(2)} ms at 5k characters, ${large.toFixed(2)} ms at 40k`).toBeLessThan(8 * 3 * small + 30);
  });
});
