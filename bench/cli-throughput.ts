/**
 * CLI throughput: pages and megabytes per second over the corpus, file reading and HTML
 * parsing included, the CLI's whole analysis against the obvious Node pipeline (linkedom +
 * Readability parse()) on the same files, in the same run, page by page interleaved so that
 * machine noise hits both alike. Target: the CLI >= 2x the anchor's throughput.
 */
import { loadCorpus } from './lib/repo';
import { cliPipeline, readabilityPipeline, stages } from './lib/pipeline';
import { readFileSync } from 'node:fs';
import { median, ms, ratio, sum } from './lib/stats';
import { heading, table, verdict } from './lib/table';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function run(): Promise<string[]> {
  const corpus = loadCorpus();
  const pages = corpus.pages;
  const out = [heading('CLI throughput: Node, file in, validated report out'), corpus.origin];

  // Warm-up pass over everything (JIT, lexicon compilation, registry build, lazy imports).
  for (const page of pages) {
    await cliPipeline(page.path);
    readabilityPipeline(page.path);
  }

  const rows = [];
  for (const page of pages) {
    const cli: number[] = [];
    const anchor: number[] = [];
    let claims = 0;
    let article = false;
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      const report = await cliPipeline(page.path);
      cli.push(performance.now() - start);
      claims = report.claims.length;
      article = report.isArticle;
      start = performance.now();
      readabilityPipeline(page.path);
      anchor.push(performance.now() - start);
    }
    rows.push({ page, cli: median(cli), anchor: median(anchor), claims, article });
  }

  const slowest = [...rows].sort((a, b) => b.cli - a.cli).slice(0, 8);
  out.push(
    `\nslowest pages for the CLI (median of ${ROUNDS}):`,
    table(
      ['page', 'KB', 'cli ms', 'readability ms', 'ratio', 'article', 'claims'],
      slowest.map((r) => [
        r.page.name,
        (r.page.bytes / 1024).toFixed(0),
        ms(r.cli),
        ms(r.anchor),
        ratio(r.cli / r.anchor),
        r.article ? 'yes' : 'no',
        r.claims,
      ]),
    ),
  );

  const mb = sum(pages.map((p) => p.bytes)) / 1024 / 1024;
  const tCli = sum(rows.map((r) => r.cli)) / 1000;
  const tAnchor = sum(rows.map((r) => r.anchor)) / 1000;
  out.push(
    `\ntotals over ${pages.length} pages, ${mb.toFixed(1)} MB (per-page medians summed):`,
    table(
      ['pipeline', 'seconds', 'pages/s', 'MB/s', 'claims'],
      [
        [
          'sumber CLI analyzeFile (read+parse+extract+engine+validate)',
          tCli.toFixed(2),
          (pages.length / tCli).toFixed(1),
          (mb / tCli).toFixed(2),
          sum(rows.map((r) => r.claims)),
        ],
        [
          'read + linkedom + Readability parse()',
          tAnchor.toFixed(2),
          (pages.length / tAnchor).toFixed(1),
          (mb / tAnchor).toFixed(2),
          '-',
        ],
      ],
    ),
  );

  // Where the CLI's time goes, stage by stage (one more pass, medians per stage summed).
  const parts = pages.map((page) =>
    stages(readFileSync(page.path, 'utf8'), `https://example.test/${page.name}`),
  );
  type Stage = 'parse' | 'gate' | 'extract' | 'analyze';
  const total = (k: Stage) => sum(parts.map((p) => p[k]));
  const all = total('parse') + total('gate') + total('extract') + total('analyze');
  out.push(
    `\nwhere the time goes (one pass, all pages):`,
    table(
      ['stage', 'total ms', 'share', 'median ms/page', 'max ms/page'],
      (['parse', 'gate', 'extract', 'analyze'] as const).map((k) => [
        { parse: 'parse (CLI DOM, one pass)', analyze: 'engine (analyze)' }[k as string] ?? k,
        ms(total(k)),
        `${((total(k) / all) * 100).toFixed(0)}%`,
        ms(median(parts.map((p) => p[k]))),
        ms(Math.max(...parts.map((p) => p[k]))),
      ]),
    ),
  );
  console.log(out.join('\n'));
  const speedup = tAnchor / tCli;
  return [
    verdict(
      'CLI throughput >= 2x linkedom + Readability',
      speedup >= 2,
      `${ratio(speedup)} (${(pages.length / tCli).toFixed(1)} vs ${(pages.length / tAnchor).toFixed(1)} pages/s)`,
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
