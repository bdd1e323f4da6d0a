/**
 * `npm run fuzz`: the nightly-style run of the engine properties, 100k cases by default
 * (`npm run fuzz -- 5000` for fewer, `--seed N` to replay). Same arbitraries and invariants as
 * tests/unit/hardening (which run a few hundred cases in `npm test`), full pathological sizes:
 * 100k-character sentences, a million punctuation marks, 10k-deep nested quotes.
 *
 * Prints throughput, the slowest cases (time per character), and exits non-zero on the first
 * counterexample, with the seed and path fast-check needs to replay it.
 */
import fc from 'fast-check';
import { analyze } from '@/core/analyze';
import type { ArticleInput } from '@/core/report';
import {
  LONG_SIZES,
  articleInput,
  inputChars,
  pathologicalInput,
} from '../tests/unit/hardening/arbitraries';
import { brokenInvariants } from '../tests/unit/hardening/engine-invariants';
import { median, ms, quantile } from './lib/stats';
import { heading, table } from './lib/table';

const args = process.argv.slice(2);
const seedAt = args.indexOf('--seed');
const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : Date.now() % 2 ** 31;
const total = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--seed') ?? 100_000);
/** One case in this many is pathological (they are large: ~1 MB each at full size). */
const PATHOLOGICAL_EVERY = 100;
/** A case slower than this per character (plus a fixed allowance) counts as non-linear. */
const BUDGET = (chars: number) => 250 + chars * 0.05;

interface Sample {
  kind: string;
  chars: number;
  ms: number;
}

function check(kind: string, samples: Sample[]) {
  return (input: ArticleInput) => {
    const start = performance.now();
    const report = analyze(input);
    const elapsed = performance.now() - start;
    const chars = inputChars(input);
    samples.push({ kind, chars, ms: elapsed });
    const problems = brokenInvariants(input, report);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (elapsed > BUDGET(chars))
      throw new Error(
        `took ${ms(elapsed)} ms for ${chars} characters (budget ${ms(BUDGET(chars))} ms)`,
      );
  };
}

function describeInput(input: ArticleInput): string {
  const text = JSON.stringify(input);
  return text.length > 600 ? `${text.slice(0, 600)}... (${text.length} chars as JSON)` : text;
}

function main(): void {
  const pathologicalRuns = Math.max(1, Math.round(total / PATHOLOGICAL_EVERY));
  const soupRuns = total - pathologicalRuns;
  console.log(
    `${heading('Engine fuzz (long run)')}\nseed ${seed}; ${soupRuns} everyday-soup cases + ${pathologicalRuns} pathological cases (sizes ${JSON.stringify(LONG_SIZES)})`,
  );
  const samples: Sample[] = [];
  const started = performance.now();
  const runs: [string, fc.Arbitrary<ArticleInput>, number][] = [
    ['soup', articleInput(), soupRuns],
    ['pathological', pathologicalInput(LONG_SIZES), pathologicalRuns],
  ];
  for (const [kind, arbitrary, numRuns] of runs) {
    const result = fc.check(fc.property(arbitrary, check(kind, samples)), {
      numRuns,
      seed,
      endOnFailure: false,
    });
    if (result.failed) {
      console.error(
        `\nCOUNTEREXAMPLE (${kind}) after ${result.numRuns} runs: ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance)}`,
      );
      console.error(
        `input: ${result.counterexample ? describeInput(result.counterexample[0]) : '?'}`,
      );
      console.error(
        `replay: npm run fuzz -- ${total} --seed ${seed}   (fast-check path ${result.counterexamplePath ?? '?'})`,
      );
      process.exit(1);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const rows = ['soup', 'pathological'].map((kind) => {
    const mine = samples.filter((s) => s.kind === kind);
    const times = mine.map((s) => s.ms);
    const perKChar = mine.filter((s) => s.chars > 1000).map((s) => (s.ms / s.chars) * 1000);
    return [
      kind,
      mine.length,
      ms(median(times)),
      ms(quantile(times, 0.99)),
      ms(Math.max(...times)),
      perKChar.length > 0 ? ms(Math.max(...perKChar)) : '-',
      Math.max(...mine.map((s) => s.chars)),
    ];
  });
  console.log(
    table(
      ['cases', 'count', 'median ms', 'p99 ms', 'max ms', 'max ms/1k chars', 'max chars'],
      rows,
    ),
  );
  const slowest = [...samples].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(
    `\nslowest cases:\n${table(
      ['kind', 'chars', 'ms'],
      slowest.map((s) => [s.kind, s.chars, ms(s.ms)]),
    )}`,
  );
  console.log(
    `\nOK: ${samples.length} cases, no exception, every report valid, every case within ${'250 ms + 0.05 ms/char'}; ${seconds.toFixed(1)} s (${(samples.length / seconds).toFixed(0)} cases/s)`,
  );
}

main();
