/**
 * Bundled by esbuild into the page under test (bench/chromium.ts) so that Sumber's stages can
 * be timed in the page, on the page's thread and clock, side by side with Readability:
 * exactly the functions the content script and the background call.
 */
import { analyze } from '@/core/analyze';
import { quickArticleCheck } from '@/utils/extract/gate';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';

const api = {
  gate: (doc: Document) => quickArticleCheck(doc),
  extract: (doc: Document, url: string) => toArticleInput(extractArticle(doc, { url })),
  analyze,
};

export type InPageSumber = typeof api;
(globalThis as unknown as { __sumberBench: InPageSumber }).__sumberBench = api;
