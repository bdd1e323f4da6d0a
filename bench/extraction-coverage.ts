/**
 * Extraction coverage over the shared corpus: `npm run coverage:extract [-- --lost]`.
 * For every page of ../shared/corpus/{pages,id,wire,kompas} and seed.html, the share of
 * Mozilla Readability's article sentences that Sumber's extraction (the CLI's code path)
 * keeps; per page, worst first, then the median and the minimum over news pages.
 * `--lost` prints a few lost sentences per page (do not use it on the eval's test split).
 * Without ../shared beside the repo it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCoverage } from './lib/coverage';
import { SHARED_CORPUS } from './lib/repo';
import { heading, table, verdict } from './lib/table';

interface Page {
  name: string;
  path: string;
  kind: string;
}

const SETS = ['pages', 'id', 'wire', 'kompas'];

function load(): Page[] {
  const pages: Page[] = [];
  for (const set of SETS) {
    const dir = join(SHARED_CORPUS, set);
    if (!existsSync(join(dir, 'index.json'))) continue;
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Page[] & { file: string }[];
    for (const e of index as unknown as { name: string; file: string; kind: string }[]) {
      pages.push({ name: `${set}/${e.name}`, path: join(dir, e.file), kind: e.kind });
    }
  }
  const seed = join(SHARED_CORPUS, 'seed.html');
  if (existsSync(seed)) pages.push({ name: 'seed', path: seed, kind: 'news_article' });
  return pages;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 1;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 1) : ((s[mid - 1] ?? 1) + (s[mid] ?? 1)) / 2;
}

function main(): void {
  const pages = load();
  if (pages.length === 0) {
    console.log(`Extraction coverage: the shared corpus is not here (${SHARED_CORPUS}).`);
    console.log('Nothing to measure; tests/unit/extract/coverage.test.ts checks the own fixtures.');
    return;
  }
  const showLost = process.argv.includes('--lost');
  const rows = pages.map((p) => ({ ...p, ...measureCoverage(readFileSync(p.path, 'utf8')) }));
  rows.sort((a, b) => a.share - b.share || a.name.localeCompare(b.name));
  const out = [heading('Extraction coverage: Readability sentences Sumber keeps'), `${rows.length} pages`];
  out.push(
    table(
      ['page', 'kind', 'sentences', 'kept', 'share'],
      rows.map((r) => [r.name, r.kind, r.sentences, r.kept, r.share.toFixed(3)]),
    ),
  );
  if (showLost) {
    for (const r of rows.filter((x) => x.share < 0.97)) out.push(`\n${r.name}:\n  ${r.lost.join('\n  ')}`);
  }
  const news = rows.filter((r) => r.kind === 'news_article');
  const med = median(rows.map((r) => r.share));
  const worstNews = news[0];
  out.push('');
  for (const set of [...SETS, 'seed']) {
    const of = rows.filter((r) => r.name === set || r.name.startsWith(`${set}/`));
    if (of.length) out.push(`${set}: ${of.length} pages, median ${median(of.map((r) => r.share)).toFixed(3)}`);
  }
  out.push(verdict('median coverage >= 0.99', med >= 0.99, med.toFixed(3)));
  const minNews = worstNews?.share ?? 1;
  out.push(verdict('every news page >= 0.97', minNews >= 0.97, `${worstNews?.name ?? '-'} ${minNews.toFixed(3)}; ${news.filter((r) => r.share < 0.97).length} below`));
  console.log(out.join('\n'));
}

main();
