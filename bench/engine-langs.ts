/**
 * The engine's cost per kilobyte of article text, by language, in Node: cheap and repeatable
 * beside the Chromium bench. Pages go through the CLI's own reading and extraction
 * (cli/task.ts loadInput), then only analyze() is timed:
 *
 *   cold  a fresh copy of the engine per page (its esbuild bundle run in a new vm context:
 *         new closures, so no type feedback, no optimised code and no lazily built tables from
 *         earlier pages), median of its first RUNS calls, as the Chromium bench's fresh
 *         in-page bundle is timed
 *   first the first of those calls alone (its language pack compiled, its lazily built tables
 *         made): what a freshly started background pays
 *   warm  one long-lived engine after WARM_UP_RUNS calls on the page, median of RUNS calls
 *
 * A vm context shares its process's caches of compiled scripts and regular expressions: after
 * the first page, "first" and "cold" leave out parsing the bundle and compiling its regular
 * expressions (each \p{L}-style class is built again from ICU's tables by every parse), which
 * a new browser page or a restarted background pays. Count those with one process per run.
 *
 * Pages: BENCH_PAGES_FROM=list.txt (one path a line; keeps held-out pages unopened), else the
 * shared corpus sets, else the bench's own fixtures (said in the output). BENCH_ONLY=word,...
 * keeps the pages whose path holds one of the words.
 *
 * `tsx bench/engine-langs.ts`, or `npm run bench -- engine-langs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { build } from 'esbuild';
import { analyze } from '@/core/analyze';
import type { ArticleInput } from '@/core/report';
import { loadInput } from '@/cli/task';
import { corpusFiles, REPO_ROOT } from './lib/repo';
import { median, ms } from './lib/stats';
import { heading, table } from './lib/table';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const WARM_UP_RUNS = 15;

type Analyze = (input: ArticleInput) => { lang: string; claims: unknown[] };

interface PageFigures {
  file: string;
  lang: string;
  kb: number;
  claims: number;
  first: number;
  cold: number;
  warm: number;
}

function pageList(): { files: string[]; origin: string } {
  const list = process.env.BENCH_PAGES_FROM;
  const picked = list
    ? {
        files: readFileSync(list, 'utf8')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
        origin: `BENCH_PAGES_FROM=${list}`,
      }
    : corpusFiles();
  const words = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
  const files =
    words.length > 0 ? picked.files.filter((f) => words.some((w) => f.includes(w))) : picked.files;
  return { files, origin: `${picked.origin}: ${files.length} pages` };
}

/** The engine alone, as one script that defines `__engine` wherever it is run. */
async function engineBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: "import { analyze } from '@/core/analyze'; globalThis.__engine = analyze;",
      resolveDir: join(REPO_ROOT, 'bench'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    minify: true,
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for the engine bundle');
  return file.text;
}

function freshEngine(bundle: string): Analyze {
  const context = createContext({ performance, console });
  runInContext(bundle, context);
  return (context as unknown as { __engine: Analyze }).__engine;
}

/** Times of `runs` calls in a row (ms). */
function callTimes(engine: Analyze, input: ArticleInput, runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    engine(input);
    times.push(performance.now() - start);
  }
  return times;
}

function textKb(input: ArticleInput): number {
  let chars = 0;
  for (const block of input.blocks) chars += block.text.length;
  return chars / 1024;
}

async function measure(files: readonly string[]): Promise<PageFigures[]> {
  const bundle = await engineBundle();
  const rows: PageFigures[] = [];
  for (const file of files) {
    let input: ArticleInput;
    try {
      input = { ...(await loadInput(file, null)).input, requested: true };
    } catch (error) {
      // Unreadable or missing input: said, and nothing to time.
      console.error(`skipped ${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    const coldTimes = callTimes(freshEngine(bundle), input, RUNS);
    const first = coldTimes[0] ?? Number.NaN;
    const cold = median(coldTimes);
    for (let i = 0; i < WARM_UP_RUNS; i++) analyze(input);
    const warm = median(callTimes(analyze as Analyze, input, RUNS));
    const report = analyze(input);
    rows.push({
      file,
      lang: report.lang,
      kb: textKb(input),
      claims: report.claims.length,
      first,
      cold,
      warm,
    });
  }
  return rows;
}

function summary(rows: readonly PageFigures[]): string {
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const line = (name: string, group: readonly PageFigures[]) => {
    const kb = group.reduce((a, r) => a + r.kb, 0);
    const cold = group.reduce((a, r) => a + r.cold, 0);
    const warm = group.reduce((a, r) => a + r.warm, 0);
    return [
      name,
      group.length,
      `${kb.toFixed(0)} KB`,
      `${ms(median(group.map((r) => r.first)))} ms`,
      `${ms(median(group.map((r) => r.cold)))} ms`,
      ms(median(group.map((r) => r.cold / r.kb))),
      ms(cold / kb),
      ms(median(group.map((r) => r.warm / r.kb))),
      ms(warm / kb),
      `${ms(cold)} ms`,
      `${ms(warm)} ms`,
    ];
  };
  return table(
    [
      'lang',
      'pages',
      'text',
      'first call (median)',
      'cold (median)',
      'cold ms/KB (median)',
      'cold ms/KB (all)',
      'warm ms/KB (median)',
      'warm ms/KB (all)',
      'cold total',
      'warm total',
    ],
    [
      ...langs.map((lang) =>
        line(
          lang,
          rows.filter((r) => r.lang === lang),
        ),
      ),
      line('all', rows),
    ],
  );
}

function slowest(rows: readonly PageFigures[], count: number): string {
  const top = [...rows].sort((a, b) => b.cold - a.cold).slice(0, count);
  return table(
    ['page', 'lang', 'text', 'claims', 'cold ms', 'warm ms'],
    top.map((r) => [
      r.file.split('/corpus/').pop() ?? r.file,
      r.lang,
      `${r.kb.toFixed(1)} KB`,
      r.claims,
      ms(r.cold),
      ms(r.warm),
    ]),
  );
}

export async function run(): Promise<string[]> {
  const { files, origin } = pageList();
  const rows = await measure(files);
  console.log(heading('Engine cost per KB of text, by language (Node, analyze() only)'));
  console.log(origin);
  console.log(
    `cold: fresh engine per page, median of its first ${RUNS} calls; warm: after ${WARM_UP_RUNS}`,
  );
  console.log(summary(rows));
  console.log('\nSlowest pages (cold):');
  console.log(slowest(rows, 12));
  return [];
}

if (process.argv[1]?.endsWith('engine-langs.ts')) void run();
