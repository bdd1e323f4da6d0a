/**
 * Hostile markup is read as inert text: escaped tags stay text, real <script>/<img onerror>
 * elements contribute nothing, nothing runs, and the page's DOM is left exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { DOMS, fixtureCases, parse } from './dom';

const hostile = fixtureCases().find((c) => c.name === 'hostile');

describe.each(DOMS)('hostile page on %s', (dom) => {
  it('extracts markup-looking text literally and runs nothing', () => {
    const doc = parse(hostile?.html ?? '', dom);
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc);
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('<script>steal(document.cookie)</script>');
    expect(text).not.toContain('__sumberPwned');
    expect(text).not.toContain('Hidden tracking text');
    expect(text).not.toContain('Template text');
    expect(text).not.toContain('Noscript text');
    expect(doc.documentElement.outerHTML).toBe(before);
    expect((globalThis as Record<string, unknown>).__sumberPwned).toBeUndefined();
    expect(
      (doc.defaultView as unknown as Record<string, unknown> | null)?.__sumberPwned,
    ).toBeUndefined();
  });
});
