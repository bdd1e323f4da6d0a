/**
 * Scaling: the engine on one article's text repeated 1x, 10x, 100x. Time must grow
 * linearly: target t(100x) <= 110 x t(1x). Two shapes, because they stress different code:
 *   blocks   - the article's blocks repeated (many paragraphs: per-block work, context carry-over)
 *   one-block - the whole text joined into one block (sentence splitting and offsets on a huge string)
 */
import { readFileSync } from 'node:fs';
import { analyze } from '@/core/analyze';
import type { ArticleInput, Block } from '@/core/report';
import { loadCorpus, type CorpusPage } from './lib/repo';
import { pageInput } from './lib/pipeline';
import { median, ms, ratio } from './lib/stats';
import { heading, table, verdict } from './lib/table';

const FACTORS = [1, 10, 100] as const;
/** Total time budget per measurement, so 1x gets many runs and 100x a few. */
const BUDGET_MS = Number(process.env.BENCH_SCALING_BUDGET_MS ?? 1500);

function timeAdaptive(fn: () => unknown): { median: number; runs: number } {
  fn(); // warm-up
  const times: number[] = [];
  const deadline = performance.now() + BUDGET_MS;
  while (times.length < 5 || (performance.now() < deadline && times.length < 400)) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return { median: median(times), runs: times.length };
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
  ];
  const verdicts: string[] = [];

  const shapes: Record<string, (k: number) => ArticleInput> = {
    blocks: (k) => ({ ...input, blocks: Array.from({ length: k }, () => input.blocks).flat() }),
    'one-block': (k) => {
      const text = input.blocks.map((b) => b.text).join(' ');
      const block: Block = { text: Array.from({ length: k }, () => text).join(' '), type: 'p' };
      return { ...input, blocks: [block] };
    },
  };

  // Every shape and size runs once before anything is timed: the first 1x measured would
  // otherwise run on colder code than the rest and flatter its own shape's ratio.
  for (const make of Object.values(shapes)) for (const k of FACTORS) analyze(make(k));

  const rows: (string | number)[][] = [];
  for (const [shape, make] of Object.entries(shapes)) {
    const base = { t: 0 };
    for (const k of FACTORS) {
      const scaled = make(k);
      let claims = 0;
      const t = timeAdaptive(() => {
        claims = analyze(scaled).claims.length;
      });
      if (k === 1) base.t = t.median;
      const r = t.median / base.t;
      rows.push([shape, `${k}x`, ms(t.median), t.runs, claims, ratio(r)]);
      if (k === 100)
        verdicts.push(
          verdict(`scaling (${shape}): 100x text -> <= 110x time`, r <= 110, `${ratio(r)}`),
        );
    }
  }
  out.push(table(['shape', 'text', 'median ms', 'runs', 'claims', 'vs 1x'], rows));
  console.log(out.join('\n'));
  return verdicts;
}

if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
