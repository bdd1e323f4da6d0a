/**
 * `npm run check:cli-dom`: the CLI's own parse (cli/dom/page.ts: one pass, limits built in) must
 * hand extraction the same page as linkedom, the CLI's parser before it. For every page of
 * ../shared/corpus/{pages,id,wire,kompas} and seed.html, both documents go through
 * utils/extract: the engine's input (blocks, title, credits, language hint, verdict), the
 * extraction signals and the gate's quick check must be equal. (No corpus page is nested
 * deeper than the CLI's cap; script text, which the CLI does not keep, is never read.) Prints the count of pages that differ and, for each, which field (never the
 * text itself: some pages are the eval's held-out split). Exit status 1 when any differs.
 * Without ../shared beside the repo it says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseHTML } from 'linkedom';
import { parsePage } from '@/cli/dom/page';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';
import { quickArticleCheck } from '@/utils/extract/gate';
import { CLI_CORPUS_SETS, SHARED_CORPUS } from './lib/repo';

function files(): string[] {
  const out: string[] = [];
  for (const set of CLI_CORPUS_SETS) {
    const dir = join(SHARED_CORPUS, set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort())
      if (name.endsWith('.html')) out.push(join(dir, name));
  }
  const seed = join(SHARED_CORPUS, 'seed.html');
  if (existsSync(seed)) out.push(seed);
  return out;
}

/** What extraction decides on one document: everything the CLI passes on or prints. */
function decisions(doc: Document) {
  const gate = quickArticleCheck(doc);
  const article = extractArticle(doc, { url: 'https://example.test/page' });
  const { blocks, title, langHint, credits, isArticle } = toArticleInput(article);
  return { gate, blocks, title, langHint, credits, isArticle, signals: article.signals };
}

export function compare(html: string): string[] {
  const before = decisions(parseHTML(html).document as unknown as Document);
  const after = decisions(parsePage(html).document as unknown as Document);
  return (Object.keys(before) as (keyof typeof before)[]).filter(
    (key) => !isDeepStrictEqual(before[key], after[key]),
  );
}

function main(): void {
  const pages = files();
  if (pages.length === 0) {
    console.log(
      `CLI DOM identity: the shared corpus is not here (${SHARED_CORPUS}); nothing to compare.`,
    );
    return;
  }
  let differ = 0;
  for (const path of pages) {
    const fields = compare(readFileSync(path, 'utf8'));
    if (fields.length === 0) continue;
    differ++;
    console.log(`differs: ${path.slice(SHARED_CORPUS.length + 1)}: ${fields.join(', ')}`);
  }
  console.log(`CLI DOM vs linkedom over ${pages.length} corpus pages: ${differ} differ`);
  process.exitCode = differ > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) main();
