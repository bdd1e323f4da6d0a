/**
 * Scaling: the engine on one article's text repeated 1x, 10x, 100x. Time must grow
 * linearly: target t(100x) <= 110 x t(1x), in CPU time (see timeRounds). Two shapes, because
 * they stress different code:
 *   blocks   - the article's blocks repeated (many paragraphs: per-block work, context carry-over)
 *   one-block - the whole text joined into one block (sentence splitting and offsets on a huge string)
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyze } from '@/core/analyze';
import type { ArticleInput, Block } from '@/core/report';
import { loadCorpus, type CorpusPage } from './lib/repo';
import { pageInput } from './lib/pipeline';
import { median, ms, ratio } from './lib/stats';
import { heading, table, verdict } from './lib/table';

const FACTORS = [1, 10, 100] as const;
const MAX_FACTOR = Math.max(...FACTORS);
/** Time budget per shape: rounds go on until it is spent and MIN_ROUNDS are done. */
const BUDGET_MS = Number(process.env.BENCH_SCALING_BUDGET_MS ?? 3000);
const MIN_ROUNDS = 7;
const MAX_ROUNDS = 60;

/** Milliseconds this process has run on any CPU (the engine and its GC threads). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Timing {
  wall: number[];
  cpu: number[];
}

/**
 * Per-call times of every size, measured fairly on a shared machine:
 * - every sample analyses the same amount of text (MAX_FACTOR / k calls of the k-size input),
 *   so small sizes pay their share of garbage collection too (a median of single 1x calls
 *   skips the calls a scavenge lands in; every 100x call has several);
 * - sizes take turns within each round, so load from other processes falls on all alike;
 * - a whole untimed round first warms the code on every size;
 * - CPU time (process.cpuUsage) as well as wall time: another process's time slices land in
 *   wall time, never in this process's CPU time.
 */
function timeRounds(inputs: readonly ArticleInput[]): Timing[] {
  const batch = (i: number): void => {
    const k = FACTORS[i] as number;
    for (let c = 0; c < MAX_FACTOR / k; c++) analyze(inputs[i] as ArticleInput);
  };
  for (let i = 0; i < FACTORS.length; i++) batch(i); // warm-up round
  const timings: Timing[] = FACTORS.map(() => ({ wall: [], cpu: [] }));
  const deadline = performance.now() + BUDGET_MS;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (round >= MIN_ROUNDS && performance.now() > deadline) break;
    for (let i = 0; i < FACTORS.length; i++) {
      const calls = MAX_FACTOR / (FACTORS[i] as number);
      const cpu = cpuMs();
      const start = performance.now();
      batch(i);
      const t = timings[i] as Timing;
      t.wall.push((performance.now() - start) / calls);
      t.cpu.push((cpuMs() - cpu) / calls);
    }
  }
  return timings;
}

/** The article the scaling runs on: the seed when the shared corpus is there, else the biggest news page. */
function pickArticle(pages: CorpusPage[]): CorpusPage {
  const seed = pages.find((p) => p.name === 'seed');
  if (seed) return seed;
  const news = pages.filter((p) => p.kind === 'news_article').sort((a, b) => b.bytes - a.bytes);
  const first = news[0] ?? pages[0];
  if (!first) throw new Error('no pages to scale');
  return first;
}

export async function run(): Promise<string[]> {
  const corpus = loadCorpus();
  const page = pickArticle(corpus.pages);
  const input = pageInput(readFileSync(page.path, 'utf8'), `https://example.test/${page.name}`);
  const chars = input.blocks.reduce((n, b) => n + b.text.length, 0);
  const out = [
    heading('Scaling: the engine on one article repeated'),
    `${corpus.origin}; article: ${page.name} (${input.blocks.length} blocks, ${chars} characters)`,
    `per call, median of samples that each analyse ${MAX_FACTOR}x the text; sizes interleaved`,
  ];
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const verdicts: string[] = [];

  const shapes: Record<string, (k: number) => ArticleInput> = {
    blocks: (k) => ({ ...input, blocks: Array.from({ length: k }, () => input.blocks).flat() }),
    'one-block': (k) => {
      const text = input.blocks.map((b) => b.text).join(' ');
      const block: Block = { text: Array.from({ length: k }, () => text).join(' '), type: 'p' };
      return { ...input, blocks: [block] };
    },
  };

  const rows: (string | number)[][] = [];
  for (const [shape, make] of Object.entries(shapes)) {
    const inputs = FACTORS.map((k) => make(k));
    const claims = inputs.map((input) => analyze(input).claims.length);
    const timings = timeRounds(inputs);
    const base = { wall: median(timings[0]?.wall ?? []), cpu: median(timings[0]?.cpu ?? []) };
    FACTORS.forEach((k, i) => {
      const t = timings[i] as Timing;
      const wall = median(t.wall);
      const cpu = median(t.cpu);
      rows.push([
        shape,
        `${k}x`,
        ms(wall),
        ms(cpu),
        t.wall.length,
        claims[i] ?? 0,
        ratio(wall / base.wall),
        ratio(cpu / base.cpu),
      ]);
      // The verdict is on CPU time: what the engine costs, whatever else the machine runs.
      if (k === MAX_FACTOR)
        verdicts.push(
          verdict(
            `scaling (${shape}): 100x text -> <= 110x time`,
            cpu / base.cpu <= 110,
            `${ratio(cpu / base.cpu)} CPU time (${ratio(wall / base.wall)} wall)`,
          ),
        );
    });
  }
  out.push(
    table(
      ['shape', 'text', 'wall ms', 'cpu ms', 'samples', 'claims', 'wall vs 1x', 'cpu vs 1x'],
      rows,
    ),
  );
  out.push(
    `load average before: ${load}; after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(out.join('\n'));
  return verdicts;
}

if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
