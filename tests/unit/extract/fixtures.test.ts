/**
 * Team-written pages (tests/fixtures/pages/<case>/source.html + expected.json): the story
 * blocks in order, without navigation, captions, "Baca juga", related links, most-read,
 * comments, bylines, share bars, ads, cookie and newsletter boxes; captions kept as credits.
 * Run on linkedom (the CLI) and happy-dom (browser-like): the same result on both.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, toArticleInput } from '@/utils/extract';
import { ArticleInput } from '@/core/report';
import { DOMS, fixtureCases, parse } from './dom';

const cases = fixtureCases();

describe('extraction on fixture pages', () => {
  it('has the required cases', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['id-news', 'en-news', 'home-page', 'docs-page', 'hostile']),
    );
  });

  for (const dom of DOMS) {
    describe(dom, () => {
      it.each(cases)('$name', ({ html, expected }) => {
        const article = extractArticle(parse(html, dom));
        expect(article.isArticle, article.signals.join(' ')).toBe(expected.isArticle);
        if (expected.title !== undefined) expect(article.title).toBe(expected.title);
        if (expected.langHint !== undefined) expect(article.langHint).toBe(expected.langHint);
        if (expected.url !== undefined) expect(article.url).toBe(expected.url);
        if (expected.blocks) expect(article.blocks).toEqual(expected.blocks);
        if (expected.credits) expect(article.credits).toEqual(expected.credits);
        for (const signal of expected.signals ?? []) {
          expect(
            article.signals.some((s) => s.startsWith(signal)),
            `${signal} in ${article.signals.join(' ')}`,
          ).toBe(true);
        }
        // Whatever the page, the engine's input is valid.
        expect(ArticleInput.safeParse(toArticleInput(article, 'x.html')).success).toBe(true);
      });
    });
  }

  it('never lets boilerplate text into the blocks', () => {
    const banned = [
      'Baca juga',
      'Baca Juga',
      'Stok beras',
      'Leave a Reply',
      'Terpopuler',
      'Penulis:',
      'Iklan',
      'cookies',
      'Most read',
      'Share on',
      'Tom Hale covers',
      'morning briefing',
      'Related',
      'ANTARA FOTO',
    ];
    for (const { html } of cases) {
      const text = extractArticle(parse(html, 'linkedom'))
        .blocks.map((b) => b.text)
        .join('\n');
      for (const word of banned) expect(text).not.toContain(word);
    }
  });

  it("takes the URL given by the caller over the page's own", () => {
    const page = cases.find((c) => c.name === 'en-news');
    const article = extractArticle(parse(page?.html ?? '', 'linkedom'), {
      url: 'https://tab.example/x',
    });
    expect(article.url).toBe('https://tab.example/x');
  });
});
