/**
 * CLI throughput: pages and megabytes per second over the corpus, HTML parsing included,
 * Sumber's whole analysis against the obvious Node pipeline (linkedom + Readability parse())
 * on the same files, in the same run, page by page interleaved so that machine noise hits
 * both alike. Target: Sumber >= 2x the anchor's throughput.
 *
 * Files are read into memory first: disk time is the same for both and is not measured.
 */
import { readFileSync } from 'node:fs';
import { loadCorpus } from './lib/repo';
import { loadSumberPipeline, readabilityPipeline } from './lib/pipeline';
import { median, ms, ratio, sum } from './lib/stats';
import { heading, table, verdict } from './lib/table';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function run(): Promise<string[]> {
  const corpus = loadCorpus();
  const pipeline = await loadSumberPipeline();
  const pages = corpus.pages.map((page) => ({ ...page, html: readFileSync(page.path, 'utf8') }));
  const out = [heading('CLI throughput: Node, HTML string in, report out'), corpus.origin];
  if (pipeline.missing.length > 0) out.push(`NOT YET IN THE PROJECT: ${pipeline.missing.join('; ')}`);

  // Warm-up pass over everything (JIT, lexicon compilation, registry build).
  for (const page of pages) {
    pipeline.run(page.html, `https://example.test/${page.name}`);
    readabilityPipeline(page.html);
  }

  const rows = pages.map((page) => {
    const url = `https://example.test/${page.name}`;
    const sumber: number[] = [];
    const anchor: number[] = [];
    let claims = 0;
    let gated = false;
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      const result = pipeline.run(page.html, url);
      sumber.push(performance.now() - start);
      claims = result.report?.claims.length ?? 0;
      gated = result.report === null;
      start = performance.now();
      readabilityPipeline(page.html);
      anchor.push(performance.now() - start);
    }
    return { page, sumber: median(sumber), anchor: median(anchor), claims, gated };
  });

  const slowest = [...rows].sort((a, b) => b.sumber - a.sumber).slice(0, 8);
  out.push(
    `\nslowest pages for Sumber (median of ${ROUNDS}):`,
    table(
      ['page', 'KB', 'sumber ms', 'readability ms', 'ratio', 'claims'],
      slowest.map((r) => [r.page.name, (r.page.bytes / 1024).toFixed(0), ms(r.sumber), ms(r.anchor), ratio(r.sumber / r.anchor), r.gated ? 'gated' : r.claims]),
    ),
  );

  const bytes = sum(pages.map((p) => p.bytes));
  const tSumber = sum(rows.map((r) => r.sumber)) / 1000;
  const tAnchor = sum(rows.map((r) => r.anchor)) / 1000;
  const mb = bytes / 1024 / 1024;
  out.push(
    `\ntotals over ${pages.length} pages, ${mb.toFixed(1)} MB (per-page medians summed):`,
    table(
      ['pipeline', 'seconds', 'pages/s', 'MB/s', 'claims'],
      [
        ['sumber (parse+gate+extract+engine)', tSumber.toFixed(2), (pages.length / tSumber).toFixed(1), (mb / tSumber).toFixed(2), sum(rows.map((r) => r.claims))],
        ['linkedom + Readability parse()', tAnchor.toFixed(2), (pages.length / tAnchor).toFixed(1), (mb / tAnchor).toFixed(2), '-'],
      ],
    ),
    `gated out as non-articles (analysis stops at the gate, as in the extension): ${rows.filter((r) => r.gated).length}`,
  );
  console.log(out.join('\n'));
  const speedup = tAnchor / tSumber;
  return [verdict('CLI throughput >= 2x linkedom + Readability', speedup >= 2, `${ratio(speedup)} (${(pages.length / tSumber).toFixed(1)} vs ${(pages.length / tAnchor).toFixed(1)} pages/s)`)];
}

if (import.meta.url === `file://${process.argv[1]}`) void run().then((v) => console.log(`\n${v.join('\n')}`));
