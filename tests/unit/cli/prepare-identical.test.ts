/**
 * The HTML pre-pass must not change an extraction decision on an ordinary page: every page
 * fixture extracts to the same blocks, title, credits, verdict and signals with and without it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { prepareHtml } from '@/cli/prepare-html';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => readdirSync(join(PAGES, name)).includes('source.html'));

function extract(html: string) {
  const article = extractArticle(parseHTML(html).document as unknown as Document, { url: 'https://x.test/a' });
  return { input: toArticleInput(article), signals: article.signals };
}

describe('prepareHtml keeps extraction identical', () => {
  it('has page fixtures to compare', () => {
    expect(pages.length).toBeGreaterThan(5);
  });
  it.each(pages)('%s', (name) => {
    const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
    const prepared = prepareHtml(html);
    expect(prepared.flattened).toBe(0);
    expect(extract(prepared.html)).toEqual(extract(html));
  });
});
