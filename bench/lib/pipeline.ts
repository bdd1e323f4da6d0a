/**
 * The pipelines the Node benches compare, on the same file:
 *   cli:    the CLI's own `analyzeFile` (read, decode, parse into the CLI DOM, extraction, engine,
 *           scoring, report validation): exactly what `npm run analyze` does per file
 *   anchor: read + linkedom parse + Mozilla Readability parse()   (the obvious Node pipeline)
 * plus a stage-by-stage breakdown (parse / gate / extract / engine) for finding where time goes.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyze } from '@/core/analyze';
import type { ArticleInput, Report } from '@/core/report';
import { analyzeFile } from '@/cli/analyze';
import { parsePage } from '@/cli/dom/page';
import { quickArticleCheck } from '@/utils/extract/gate';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';

export function cliPipeline(path: string): Promise<Report> {
  return analyzeFile(path, { url: null, lang: null });
}

export function readabilityPipeline(path: string): string | null {
  const { document } = parseHTML(readFileSync(path, 'utf8'));
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? null;
}

/** The engine's input for a page, as the extension and the CLI build it. */
export function pageInput(html: string, url: string): ArticleInput {
  const doc = parseHTML(html).document as unknown as Document;
  return toArticleInput(extractArticle(doc, { url }));
}

export interface StageTimes {
  parse: number;
  gate: number;
  extract: number;
  analyze: number;
  article: boolean;
  claims: number;
}

/** One pass through the CLI's stages, timed separately (ms). */
export function stages(html: string, url: string): StageTimes {
  let t = performance.now();
  // One pass: the tree with the limits (nesting cap, long attributes, script text) built in.
  const doc = parsePage(html).document as unknown as Document;
  const parse = performance.now() - t;
  t = performance.now();
  const gate = quickArticleCheck(doc);
  const gateMs = performance.now() - t;
  t = performance.now();
  const input = toArticleInput(extractArticle(doc, { url }));
  const extract = performance.now() - t;
  t = performance.now();
  const report = analyze(input);
  return {
    parse,
    gate: gateMs,
    extract,
    analyze: performance.now() - t,
    article: gate.article,
    claims: report.claims.length,
  };
}
