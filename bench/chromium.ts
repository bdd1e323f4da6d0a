/**
 * The content script's real cost, in real Chromium with the built extension loaded, over real
 * saved pages served from 127.0.0.1. Per page, in the same run and on the same document:
 *
 *   ext gate / extract / analyze   what the content script recorded in TabState.timings
 *                                  (analyze = the round trip to the background, engine included)
 *   in-page gate / extract / engine the same functions bundled into the page and timed there,
 *                                  median of several runs (the content-script clock is coarse)
 *   readability                    `new Readability(document.cloneNode(true)).parse()`, clone
 *                                  included, median of the same number of runs: the anchor
 *   engine warm                    the engine again after a warm-up (bench/lib/in-page.ts): the
 *                                  figure above is a fresh bundle's first runs on every page,
 *                                  while the extension's engine lives on in the background
 *
 * Targets: gate < 0.5 ms median on pages the gate skips; whole analysis (gate + extract +
 * engine) <= 0.3x Readability (median over analysed pages) and < 16 ms on the largest page.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { TabState } from '@/utils/messages';
import { launch, openProbe, settledState, startServer } from './lib/browser';
import { inPageBundle } from './lib/bundle-in-page';
import { SHARED_CORPUS, loadCorpus, REPO_ROOT, type CorpusPage } from './lib/repo';
import { median, ms, ratio } from './lib/stats';
import { heading, table, verdict } from './lib/table';
import type { InPageTimes } from './lib/in-page';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const readabilitySource = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

type InPage = InPageTimes;

/** Runs inside the page (the bundle defines `__sumberBench.measure`). */
function measureInPage(page: Page, url: string): Promise<InPage> {
  return page.evaluate(
    `globalThis.__sumberBench.measure(${RUNS}, ${JSON.stringify(url)})`,
  ) as Promise<InPage>;
}

interface Row {
  page: CorpusPage;
  state: TabState | null;
  inPage: InPage | null;
  error?: string;
}

export async function run(): Promise<string[]> {
  const corpus = loadCorpus();
  const out = [
    heading('Chromium: the content script on real pages, against Readability in the same page'),
    corpus.origin,
  ];
  const bundle = await inPageBundle();
  const root = corpus.pages[0]?.path.startsWith(SHARED_CORPUS)
    ? SHARED_CORPUS
    : join(REPO_ROOT, 'bench', 'fixtures');
  const server = await startServer({ corpus: root });
  const browser = await launch(server);
  const rows: Row[] = [];
  try {
    const probe = await openProbe(browser);
    const page = await browser.context.newPage();
    for (const entry of corpus.pages) {
      const rel = relative(root, entry.path).split('\\').join('/');
      const url = server.url('corpus', rel);
      try {
        const t0 = Date.now();
        await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
        const t1 = Date.now();
        const state = await settledState(probe, url);
        const t2 = Date.now();
        await page.addScriptTag({ content: readabilitySource });
        await page.addScriptTag({ content: bundle });
        const inPage = await measureInPage(page, url);
        if (process.env.BENCH_DEBUG)
          process.stderr.write(
            `${entry.name}: load ${t1 - t0} ms, settle ${t2 - t1} ms, measure ${Date.now() - t2} ms\n`,
          );
        rows.push({ page: entry, state, inPage });
      } catch (error) {
        rows.push({
          page: entry,
          state: null,
          inPage: null,
          error: error instanceof Error ? error.message.split('\n')[0] : String(error),
        });
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    await browser.close();
    await server.close();
  }

  const t = (r: Row, k: string) => r.state?.timings?.[k] ?? Number.NaN;
  const whole = (r: Row) =>
    r.inPage ? r.inPage.gate + r.inPage.extract + r.inPage.engine : Number.NaN;
  const wholeWarm = (r: Row) =>
    r.inPage ? r.inPage.gate + r.inPage.extract + r.inPage.engineWarm : Number.NaN;
  out.push(
    `\nper page (ms; ext = TabState.timings from the content script, one load; in-page = median of ${RUNS}):`,
    table(
      [
        'page',
        'kind',
        'KB',
        'status',
        'ext gate',
        'ext extract',
        'ext analyze',
        'gate',
        'extract',
        'engine',
        'warm',
        'sumber',
        'readability',
        'ratio',
        'claims',
      ],
      rows.map((r) =>
        r.error
          ? [r.page.name, r.page.kind, (r.page.bytes / 1024).toFixed(0), `FAILED: ${r.error}`]
          : [
              r.page.name,
              r.page.kind,
              (r.page.bytes / 1024).toFixed(0),
              r.state?.status ?? 'no answer',
              ms(t(r, 'gate')),
              ms(t(r, 'extract')),
              ms(t(r, 'analyze')),
              ms(r.inPage?.gate ?? Number.NaN),
              ms(r.inPage?.extract ?? Number.NaN),
              ms(r.inPage?.engine ?? Number.NaN),
              ms(r.inPage?.engineWarm ?? Number.NaN),
              ms(whole(r)),
              ms(r.inPage?.readability ?? Number.NaN),
              ratio(whole(r) / (r.inPage?.readability ?? Number.NaN)),
              r.state?.report?.claims.length ?? '-',
            ],
      ),
    ),
  );

  const ok = rows.filter((r) => r.inPage && r.state);
  const skipped = ok.filter((r) => r.state?.status === 'skipped');
  const analysed = ok.filter((r) => r.state?.status === 'ready');
  const others = ok.filter((r) => r.state && !['skipped', 'ready'].includes(r.state.status));
  // The engine runs in the background worker: what the page itself pays is gate + extraction.
  const onPage = (r: Row) => (r.inPage ? r.inPage.gate + r.inPage.extract : Number.NaN);
  const extWhole = (r: Row) => t(r, 'gate') + t(r, 'extract') + t(r, 'analyze');
  const largest = [...analysed].sort((a, b) => b.page.bytes - a.page.bytes)[0];
  // "Non-article pages" as the corpus index judges them (other articles and non-articles): on
  // those the gate is all the content script should cost.
  const nonNews = ok.filter((r) => r.page.kind !== 'news_article');
  const gateNonNewsIn = median(nonNews.map((r) => r.inPage?.gate ?? Number.NaN));
  const gateNonNewsExt = median(nonNews.map((r) => t(r, 'gate')));
  const ratioMedian = median(analysed.map((r) => whole(r) / (r.inPage?.readability ?? Number.NaN)));
  const byLanguage = [...new Set(analysed.map((r) => r.page.lang))]
    .sort()
    .map((lang) => [lang, analysed.filter((r) => r.page.lang === lang)] as const)
    .filter(([, pages]) => pages.length >= 5);
  const warmRatio = (r: Row) => wholeWarm(r) / (r.inPage?.readability ?? Number.NaN);
  // Other processes' load inflates medians of a few runs: said beside the figures.
  const load = `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`;
  out.push(
    `\nsummary: ${rows.length} pages, ${skipped.length} skipped by the gate, ${analysed.length} analysed, ${others.length} other states (${others.map((r) => `${r.page.name}:${r.state?.status}${r.state?.error ? ` "${r.state.error}"` : ''}`).join(', ')}), ${rows.length - ok.length} failed to load`,
    `offsite requests attempted by the pages (aborted): ${browser.offsite.length}`,
    load,
    table(
      ['figure', 'median', 'max'],
      [
        [
          `gate on non-news pages (${nonNews.length}, ${nonNews.filter((r) => r.state?.status === 'skipped').length} skipped), content script (ms)`,
          ms(gateNonNewsExt),
          ms(Math.max(...nonNews.map((r) => t(r, 'gate')))),
        ],
        [
          'gate on non-news pages, in page (ms)',
          ms(gateNonNewsIn),
          ms(Math.max(...nonNews.map((r) => r.inPage?.gate ?? 0))),
        ],
        [
          `gate on pages the gate skipped (${skipped.length}), in page (ms)`,
          ms(median(skipped.map((r) => r.inPage?.gate ?? Number.NaN))),
          ms(Math.max(...skipped.map((r) => r.inPage?.gate ?? 0))),
        ],
        [
          'gate on analysed pages, in page (ms)',
          ms(median(analysed.map((r) => r.inPage?.gate ?? Number.NaN))),
          ms(Math.max(...analysed.map((r) => r.inPage?.gate ?? 0))),
        ],
        [
          'whole analysis in page: gate+extract+engine (ms)',
          ms(median(analysed.map(whole))),
          ms(Math.max(...analysed.map(whole))),
        ],
        [
          'on the page thread only: gate+extract, in page (ms)',
          ms(median(analysed.map(onPage))),
          ms(Math.max(...analysed.map(onPage))),
        ],
        [
          'ratio page-thread work / Readability',
          ratio(median(analysed.map((r) => onPage(r) / (r.inPage?.readability ?? Number.NaN)))),
          ratio(
            Math.max(...analysed.map((r) => onPage(r) / (r.inPage?.readability ?? Number.NaN))),
          ),
        ],
        [
          'content script gate+extract+analyze round trip (ms)',
          ms(median(analysed.map(extWhole))),
          ms(Math.max(...analysed.map(extWhole))),
        ],
        [
          'Readability clone+parse() on the same pages (ms)',
          ms(median(analysed.map((r) => r.inPage?.readability ?? Number.NaN))),
          ms(Math.max(...analysed.map((r) => r.inPage?.readability ?? 0))),
        ],
        [
          'ratio sumber / Readability',
          ratio(ratioMedian),
          ratio(Math.max(...analysed.map((r) => whole(r) / (r.inPage?.readability ?? Number.NaN)))),
        ],
        // The median is taken over pages of very different sizes: a language's own median says
        // which pages hold it above the target (information, not the target).
        ...byLanguage.map(([lang, pages]): string[] => [
          `ratio sumber / Readability, ${pages.length} pages in ${lang} (information)`,
          ratio(median(pages.map((r) => whole(r) / (r.inPage?.readability ?? Number.NaN)))),
          ratio(Math.max(...pages.map((r) => whole(r) / (r.inPage?.readability ?? Number.NaN)))),
        ]),
        [
          'whole analysis with the engine warm (ms)',
          ms(median(analysed.map(wholeWarm))),
          ms(Math.max(...analysed.map(wholeWarm))),
        ],
        [
          'ratio with the engine warm / Readability (information, not the target)',
          ratio(median(analysed.map(warmRatio))),
          ratio(Math.max(...analysed.map(warmRatio))),
        ],
      ],
    ),
  );
  if (largest)
    out.push(
      `largest analysed page: ${largest.page.name} (${(largest.page.bytes / 1024).toFixed(0)} KB): in page ${ms(whole(largest))} ms, content script ${ms(extWhole(largest))} ms, Readability ${ms(largest.inPage?.readability ?? Number.NaN)} ms`,
    );
  console.log(out.join('\n'));
  return [
    verdict(
      'gate < 0.5 ms median on non-news pages (in page)',
      gateNonNewsIn < 0.5,
      `${ms(gateNonNewsIn)} ms (content-script clock, one cold run: ${ms(gateNonNewsExt)} ms)`,
    ),
    verdict(
      'whole analysis <= 0.3x Readability parse() (median)',
      ratioMedian <= 0.3,
      ratio(ratioMedian),
    ),
    verdict(
      'whole analysis < 16 ms on the largest analysed page',
      largest ? whole(largest) < 16 : false,
      largest ? `${ms(whole(largest))} ms on ${largest.page.name}` : 'no page analysed',
    ),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
