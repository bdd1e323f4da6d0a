/**
 * Extraction coverage over the shared corpus: `npm run coverage:extract [-- --lost]`.
 * For every page of ../shared/corpus/{pages,id,wire,kompas} and seed.html, the share of
 * Mozilla Readability's article sentences that Sumber's extraction (the CLI's code path)
 * keeps; per page, worst first, then the median and the minimum over news pages.
 * `--lost` prints a few lost sentences per page, never for the eval's held-out test split
 * (eval/split.json "test"): those pages show their share only.
 * Without ../shared beside the repo it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureCoverage } from './lib/coverage';
import { REPO_ROOT, SHARED_CORPUS } from './lib/repo';
import { heading, table, verdict } from './lib/table';

interface Page {
  name: string;
  path: string;
  kind: string;
  lang: string;
}

/** Languages Sumber reads: news in any other is declined, so its coverage is not a target. */
const READ = new Set(['en', 'id']);

const SETS = ['pages', 'id', 'wire', 'kompas'];

function load(): Page[] {
  const pages: Page[] = [];
  for (const set of SETS) {
    const dir = join(SHARED_CORPUS, set);
    if (!existsSync(join(dir, 'index.json'))) continue;
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
      name: string;
      file: string;
      kind: string;
      lang: string;
    }[];
    for (const e of index)
      pages.push({ name: `${set}/${e.name}`, path: join(dir, e.file), kind: e.kind, lang: e.lang });
  }
  const seed = join(SHARED_CORPUS, 'seed.html');
  if (existsSync(seed)) pages.push({ name: 'seed', path: seed, kind: 'news_article', lang: 'id' });
  return pages;
}

/** Corpus paths ("corpus/wire/x.html") of the held-out splits: their text is never printed. */
function testSplit(): Set<string> {
  const file = join(REPO_ROOT, 'eval', 'split.json');
  if (!existsSync(file)) return new Set();
  const split = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>;
  const heldOut = ['test', 'fresh', 'fresh2'].flatMap((name) => split[name] ?? []);
  return new Set(heldOut);
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
  const out = [
    heading('Extraction coverage: Readability sentences Sumber keeps'),
    `${rows.length} pages`,
  ];
  out.push(
    table(
      ['page', 'lang', 'kind', 'sentences', 'kept', 'set aside', 'share'],
      rows.map((r) => [
        r.name,
        r.lang,
        r.kind,
        r.sentences,
        r.kept,
        r.setAside,
        r.share.toFixed(3),
      ]),
    ),
  );
  if (showLost) {
    const held = testSplit();
    for (const r of rows.filter((x) => x.share < 0.97)) {
      const path = `corpus/${r.path.slice(SHARED_CORPUS.length + 1)}`;
      const lost = held.has(path) ? ['(held-out test split: not shown)'] : r.lost;
      out.push(`\n${r.name}:\n  ${lost.join('\n  ')}`);
    }
  }
  const news = rows.filter((r) => r.kind === 'news_article' && READ.has(r.lang));
  const med = median(rows.map((r) => r.share));
  const worstNews = news[0];
  out.push(
    '\n"set aside": Readability sentences Sumber leaves out on purpose (captions, link lists, labels).',
  );
  for (const set of [...SETS, 'seed']) {
    const of = rows.filter((r) => r.name === set || r.name.startsWith(`${set}/`));
    if (of.length)
      out.push(`${set}: ${of.length} pages, median ${median(of.map((r) => r.share)).toFixed(3)}`);
  }
  out.push(verdict('median coverage >= 0.99', med >= 0.99, med.toFixed(3)));
  const minNews = worstNews?.share ?? 1;
  out.push(
    verdict(
      'every news page (en, id) >= 0.97',
      minNews >= 0.97,
      `${worstNews?.name ?? '-'} ${minNews.toFixed(3)}; ${news.filter((r) => r.share < 0.97).length} below`,
    ),
  );
  console.log(out.join('\n'));
}

main();
