/**
 * The two Node pipelines the CLI bench compares, on the same HTML string:
 *   sumber: linkedom parse -> page gate -> extraction (articles only) -> engine (+ scoring)
 *   anchor: linkedom parse -> Mozilla Readability parse()   (the obvious Node pipeline)
 *
 * The gate and extraction modules are built in parallel by another engineer; until they land
 * the bench says which one is missing and measures what exists, instead of failing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { analyze } from '@/core/analyze';
import type { ArticleInput, Report } from '@/core/report';
import { REPO_ROOT } from './repo';

/** What `utils/extract/gate.ts` and `utils/extract/extract.ts` are agreed to export. */
interface GateResult {
  article: boolean;
  signals?: readonly string[];
}
type QuickArticleCheck = (doc: Document) => GateResult;
type ExtractArticle = (doc: Document, options: { url?: string }) => ArticleInput;

export interface SumberPipeline {
  run(html: string, url: string): { report: Report | null; gate: GateResult | null };
  /** The engine's input for a page: extraction's output (or every <p> while it is missing). */
  input(html: string, url: string): ArticleInput;
  /** Parts of the pipeline that are not there yet ("utils/extract/gate.ts"), empty when complete. */
  missing: string[];
}

async function optional<T>(relativePath: string, name: string): Promise<T | null> {
  const file = join(REPO_ROOT, relativePath);
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  return typeof mod[name] === 'function' ? (mod[name] as T) : null;
}

/** Whole-document text as blocks: only used when extraction is missing, and said so. */
function naiveBlocks(doc: Document): ArticleInput {
  const blocks = [...doc.querySelectorAll('p')].map((p) => ({ text: p.textContent ?? '', type: 'p' as const }));
  return { blocks };
}

export async function loadSumberPipeline(): Promise<SumberPipeline> {
  const gate = await optional<QuickArticleCheck>('utils/extract/gate.ts', 'quickArticleCheck');
  const extract = await optional<ExtractArticle>('utils/extract/extract.ts', 'extractArticle');
  const missing: string[] = [];
  if (!gate) missing.push('utils/extract/gate.ts quickArticleCheck (every page treated as an article)');
  if (!extract) missing.push('utils/extract/extract.ts extractArticle (all <p> text used instead)');
  return {
    missing,
    run(html, url) {
      const { document } = parseHTML(html);
      const doc = document as unknown as Document;
      const verdict = gate ? gate(doc) : null;
      if (verdict && !verdict.article) return { report: null, gate: verdict };
      const input = extract ? extract(doc, { url }) : naiveBlocks(doc);
      return { report: analyze({ ...input, url }), gate: verdict };
    },
    input(html, url) {
      const doc = parseHTML(html).document as unknown as Document;
      return extract ? extract(doc, { url }) : naiveBlocks(doc);
    },
  };
}

export function readabilityPipeline(html: string): string | null {
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  return article?.textContent ?? null;
}
