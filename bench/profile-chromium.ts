/**
 * `tsx bench/profile-chromium.ts`: where the in-page analysis spends its time, in Chromium
 * (CDP Profiler, a sample every 50 microseconds), over the corpus pages (BENCH_ONLY and
 * BENCH_PAGES_FROM narrow them). The engine (or, with PROFILE_STAGE=extract, the extraction)
 * runs BENCH_PAGE_RUNS times on a fresh bundle per page, as bench/chromium.ts's in-page
 * figures take it; unminified, so functions keep their names. Prints each run's median over
 * the pages, then self time by source file and by function, and inclusive time by function.
 * PROFILE_JSON=file also writes the tables as JSON. Figures are inflated by the sampling:
 * compare shares, not milliseconds, with the bench's.
 */
import { build } from 'esbuild';
import { unicodeClassesPlugin } from '../cli/unicode-classes.mjs';
import { join, relative } from 'node:path';
import { launch, startServer } from './lib/browser';
import { loadCorpus, REPO_ROOT, SHARED_CORPUS } from './lib/repo';
import { median } from './lib/stats';
import { writeFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; scriptId: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
/** `PROFILE_STAGE=extract` profiles the extraction instead of the engine. */
const STAGE = process.env.PROFILE_STAGE === 'extract' ? 'extract' : 'engine';
const TOP = Number(process.env.PROFILE_TOP ?? 40);

async function bundle(): Promise<string> {
  const result = await build({
    // The content script's calls, then the engine RUNS times on a fresh bundle, as the
    // in-page figures of bench/chromium.ts take them (no warm-up).
    stdin: {
      contents: `
        import { analyze } from '@/core/analyze';
        import { quickArticleCheck } from '@/utils/extract/gate';
        import { extractArticle, toArticleInput } from '@/utils/extract/extract';
        import { isShown } from '@/utils/extract/visibility';
        globalThis.__sumberProfile = (runs, url, stage) => {
          quickArticleCheck(document);
          const extract = () =>
            toArticleInput(extractArticle(document, { url, isVisible: isShown }));
          const input = stage === 'extract' ? null : extract();
          const times = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            if (input) analyze(input);
            else extract();
            times.push(performance.now() - t);
          }
          return times;
        };`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: false,
    keepNames: false,
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    // As the extension's build writes the engine's Unicode property classes (wxt.config.ts).
    plugins: [unicodeClassesPlugin(REPO_ROOT, ['core'])],
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The bundle's source files by first line: esbuild opens each module with a `// path` line. */
function sourceFiles(code: string): Array<[number, string]> {
  const files: Array<[number, string]> = [];
  code.split('\n').forEach((line, i) => {
    const m = /^ {2}\/\/ ([\w@./-]+\.[jt]s)$/.exec(line);
    if (m?.[1]) files.push([i, m[1]]);
  });
  return files;
}

function fileAt(files: Array<[number, string]>, line: number): string {
  let found = '(bundle)';
  for (const [first, name] of files) {
    if (first > line) break;
    found = name;
  }
  return found;
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const code = await bundle();
  const files = sourceFiles(code);
  // The bundle is an inline script: known by the entry point it defines. Native functions,
  // the VM's own entries and other scripts are named as they are.
  let bundleScript = '';
  const fileOf = (n: ProfileNode) =>
    n.callFrame.scriptId === bundleScript
      ? fileAt(files, n.callFrame.lineNumber)
      : n.callFrame.url || n.callFrame.functionName || '(native)';
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} (${fileOf(n)}:${n.callFrame.lineNumber + 1})`;
  const byFile = new Map<string, number>();
  const server = await startServer({ corpus: SHARED_CORPUS });
  const browser = await launch(server, { extension: false });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const runTimes: number[][] = [];
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    for (const entry of corpus.pages) {
      const url = server.url('corpus', relative(SHARED_CORPUS, entry.path));
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      await page.addScriptTag({ content: code });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      await cdp.send('Profiler.start');
      const times = (await page.evaluate(
        `globalThis.__sumberProfile(${RUNS}, ${JSON.stringify(url)}, ${JSON.stringify(STAGE)})`,
      )) as number[];
      runTimes.push(times);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.send('Profiler.disable');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      bundleScript =
        profile.nodes.find((n) => n.callFrame.functionName.endsWith('__sumberProfile'))?.callFrame
          .scriptId ?? '';
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      profile.samples.forEach((id, i) => {
        const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
        const node = byId.get(id);
        if (!node) return;
        total += dt;
        self.set(label(node), (self.get(label(node)) ?? 0) + dt);
        byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + dt);
        const seen = new Set<string>();
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          const n = byId.get(at);
          if (!n) break;
          const l = label(n);
          if (seen.has(l)) continue;
          seen.add(l);
          inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
        }
      });
      process.stderr.write('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(
        ([k, v]) =>
          `${v.toFixed(1).padStart(9)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`,
      )
      .join('\n');
  console.log(`\n${corpus.origin}; sampled ${total.toFixed(0)} ms`);
  const perRun = Array.from({ length: RUNS }, (_, k) =>
    median(runTimes.map((t) => t[k] ?? Number.NaN)).toFixed(1),
  );
  console.log(`${STAGE} run k, median over pages (ms, profiler on): ${perRun.join(', ')}`);
  if (process.env.PROFILE_JSON)
    writeFileSync(
      process.env.PROFILE_JSON,
      JSON.stringify({ byFile: [...byFile], self: [...self], inclusive: [...inclusive] }),
    );
  console.log(`\nself time by source file:\n${top(byFile)}`);
  console.log(`\nself time:\n${top(self)}`);
  console.log(`\ninclusive time:\n${top(inclusive)}`);
}

void main();
