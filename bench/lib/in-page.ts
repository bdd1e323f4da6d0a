/**
 * Bundled by esbuild into the page under test (bench/chromium.ts) so that Sumber's stages are
 * timed in the page, on the page's thread and clock, side by side with Readability: exactly
 * the functions the content script and the background call. (Kept out of page.evaluate
 * callbacks: tsx rewrites those with helpers that do not exist in the page.)
 */
import { analyze } from '@/core/analyze';
import type { ArticleInput } from '@/core/report';
import { quickArticleCheck } from '@/utils/extract/gate';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';
import { isShown } from '@/utils/extract/visibility';
import { timeMedian } from './stats';

export interface InPageTimes {
  gate: number;
  article: boolean;
  extract: number;
  engine: number;
  /** The engine again after WARM_UP_RUNS untimed calls: as in the long-lived background. */
  engineWarm: number;
  readability: number;
  blocks: number;
  claims: number;
}

/**
 * Calls before the warm engine figure. The page's bundle is fresh on every page, so the
 * engine figure above is its first few runs (interpreter and baseline code, JIT compiles);
 * the extension's engine runs in the background, which stays loaded between pages.
 */
const WARM_UP_RUNS = 15;

type ReadabilityClass = new (doc: Document) => { parse(): unknown };

/** Median of `runs` timed calls, without an untimed warm-up call. */
const time = (fn: () => void, runs: number): number => timeMedian(fn, runs, 0);

/** Median timings of Sumber's stages and of `new Readability(document.cloneNode(true)).parse()`. */
function measure(runs: number, url: string): InPageTimes {
  const Readability = (globalThis as unknown as { Readability?: ReadabilityClass }).Readability;
  if (!Readability) throw new Error('Readability.js was not injected');
  let article = false;
  // The gate is tiny: time a batch and divide (the page clock is coarse, 5-100 microseconds).
  const batch = 20;
  const gate =
    time(() => {
      for (let i = 0; i < batch; i++) article = quickArticleCheck(document).article;
    }, runs) / batch;
  let input: ArticleInput = { blocks: [] };
  const extract = time(() => {
    // As the content script does: only what a reader can see (visibility checks included).
    input = toArticleInput(extractArticle(document, { url, isVisible: isShown }));
  }, runs);
  let claims = 0;
  const engine = time(() => {
    claims = analyze(input).claims.length;
  }, runs);
  const readability = time(() => {
    new Readability(document.cloneNode(true) as Document).parse();
  }, runs);
  // After Readability, so that the figures above are taken exactly as before.
  for (let i = 0; i < WARM_UP_RUNS; i++) analyze(input);
  const engineWarm = time(() => analyze(input), runs);
  return {
    gate,
    article,
    extract,
    engine,
    engineWarm,
    readability,
    blocks: input.blocks.length,
    claims,
  };
}

(globalThis as unknown as { __sumberBench: { measure: typeof measure } }).__sumberBench = {
  measure,
};
