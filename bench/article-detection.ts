/**
 * Article detection over the shared corpus: `npx tsx bench/article-detection.ts [--all]`
 * (or `npm run detect`). Each page is parsed with linkedom, as the CLI does, and run
 * through extractArticle; its `isArticle` is compared with the corpus index's `kind`.
 *
 * For Sumber `isArticle` means "a news article in a language it reads": a news_article in
 * English or Indonesian should be true; other_article (blogs, essays, how-tos, reviews,
 * docs), non_article (home pages, reference, changelogs) and any page in another language
 * should be false (declined). Pages are grouped by the index's `lang`: en, id, and other.
 *
 * Prints a confusion table, accuracy and balanced accuracy per group, and every
 * misclassified page with its signals (`--all`: every page). Read-only; needs no network.
 * Without ../shared beside the repo it says so and exits 0.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractArticle } from '@/utils/extract/extract';
import { SHARED_CORPUS } from './lib/repo';
import { heading, table } from './lib/table';

type Kind = 'news_article' | 'other_article' | 'non_article';
const KINDS: Kind[] = ['news_article', 'other_article', 'non_article'];
/** Languages Sumber reads; a page in any other language should be declined. */
const READ = new Set(['en', 'id']);
/** Sets of news pages only, reported apart from pages/ and id/ (recall per set). */
const NEWS_SETS = ['wire', 'kompas'];

interface IndexEntry {
  name: string;
  file: string;
  lang: string;
  kind: Kind;
}

interface Row {
  name: string;
  lang: string;
  group: string;
  kind: Kind;
  expected: boolean;
  predicted: boolean;
  signals: string[];
  ms: number;
}

function load(
  dir: string,
  prefix: string,
): { name: string; path: string; lang: string; kind: Kind }[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  return index.map((e) => ({
    name: `${prefix}/${e.name}`,
    path: join(dir, e.file),
    lang: e.lang,
    kind: e.kind,
  }));
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(2));

/** Accuracy and balanced accuracy (mean of the recall on "should be true" and on "should be false"). */
export function scores(rows: readonly Row[]): {
  acc: string;
  bacc: string;
  pos: string;
  neg: string;
} {
  const pos = rows.filter((r) => r.expected);
  const neg = rows.filter((r) => !r.expected);
  const tp = pos.filter((r) => r.predicted).length;
  const tn = neg.filter((r) => !r.predicted).length;
  const recalls = [pos.length ? tp / pos.length : null, neg.length ? tn / neg.length : null].filter(
    (x): x is number => x !== null,
  );
  const bacc = recalls.length
    ? (recalls.reduce((a, b) => a + b, 0) / recalls.length).toFixed(2)
    : 'n/a';
  return {
    acc: pct(tp + tn, rows.length),
    bacc,
    pos: `${tp}/${pos.length}`,
    neg: `${tn}/${neg.length}`,
  };
}

function main(): void {
  const pagesDir = join(SHARED_CORPUS, 'pages');
  const idDir = join(SHARED_CORPUS, 'id');
  if (!existsSync(join(pagesDir, 'index.json'))) {
    console.log(
      `Article detection: the shared corpus is not here (${SHARED_CORPUS}/pages/index.json is missing).`,
    );
    console.log(
      "Nothing to measure; the project's own pages are checked by `npx vitest run --project unit tests/unit/extract`.",
    );
    return;
  }
  const pages = load(pagesDir, 'pages');
  if (existsSync(join(idDir, 'index.json'))) pages.push(...load(idDir, 'id'));
  // Wire copy and Kompas articles: all news, each its own set (recall per set).
  const sets: Record<string, string> = {};
  for (const set of NEWS_SETS) {
    const dir = join(SHARED_CORPUS, set);
    if (!existsSync(join(dir, 'index.json'))) continue;
    const of = load(dir, set);
    for (const p of of) sets[p.name] = set;
    pages.push(...of);
  }

  const rows: Row[] = [];
  for (const page of pages) {
    const html = readFileSync(page.path, 'utf8');
    const t0 = performance.now();
    const { document } = parseHTML(html);
    const article = extractArticle(document as unknown as Document);
    const ms = performance.now() - t0;
    const set = NEWS_SETS.find((s) => page.name.startsWith(`${s}/`));
    const group = set ?? (READ.has(page.lang) ? page.lang : 'other');
    rows.push({
      name: page.name,
      lang: page.lang,
      group,
      kind: page.kind,
      expected: page.kind === 'news_article' && READ.has(page.lang),
      predicted: article.isArticle,
      signals: article.signals,
      ms,
    });
  }

  const out = [
    heading('Article detection: isArticle against the corpus index'),
    `shared corpus (${SHARED_CORPUS}): ${rows.length} pages`,
  ];
  out.push(
    'Expected true: news_article in en or id. Expected false: other_article, non_article, and any page in another language.',
  );
  const groups = ['en', 'id', 'other', ...NEWS_SETS].filter((g) => rows.some((r) => r.group === g));
  const summary: (string | number)[][] = [];
  for (const group of groups) {
    const rs = rows.filter((r) => r.group === group);
    const confusion = KINDS.filter((k) => rs.some((r) => r.kind === k)).map((k) => {
      const of = rs.filter((r) => r.kind === k);
      return [k, of.filter((r) => r.predicted).length, of.filter((r) => !r.predicted).length];
    });
    out.push(
      `\n${group} (${rs.length} pages${group === 'other' ? `: ${[...new Set(rs.map((r) => r.lang))].sort().join(' ')}; all should be declined` : ''})`,
    );
    out.push(table(['kind \\ isArticle', 'true', 'false'], confusion));
    const s = scores(rs);
    summary.push([group, rs.length, s.pos, s.neg, s.acc, s.bacc]);
  }
  summary.push([
    'all',
    rows.length,
    scores(rows).pos,
    scores(rows).neg,
    scores(rows).acc,
    scores(rows).bacc,
  ]);
  out.push(
    `\n${table(['group', 'pages', 'true ok', 'false ok', 'accuracy', 'balanced'], summary)}`,
  );

  const all = process.argv.includes('--all');
  const shown = all ? rows : rows.filter((r) => r.expected !== r.predicted);
  out.push(heading(all ? 'Every page' : `Misclassified (${shown.length})`));
  for (const r of shown) {
    const mark = r.expected === r.predicted ? 'ok  ' : r.predicted ? 'FP  ' : 'FN  ';
    out.push(
      `${mark}${r.name} [${r.lang} ${r.kind}] -> ${r.predicted}\n      ${r.signals.join(' ')}`,
    );
  }
  const slowest = [...rows].sort((a, b) => b.ms - a.ms)[0];
  if (slowest)
    out.push(`\nslowest page: ${slowest.name} ${slowest.ms.toFixed(1)} ms (parse + extract)`);
  console.log(out.join('\n'));
}

main();
