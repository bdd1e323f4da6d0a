/**
 * The CLI's own parse (cli/dom) hands extraction the same page linkedom did: every page fixture,
 * and small pages built to hit each difference between linkedom, a browser and a naive tree
 * (no <head>, repeated and spaced class tokens, attribute case, entities, implied closes,
 * <svg>), extract to the same blocks, title, credits, verdict and signals with both.
 * The whole-corpus version of this check is bench/cli-dom-identity.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '@/cli/dom/page';
import { extractArticle, toArticleInput } from '@/utils/extract/extract';
import { quickArticleCheck } from '@/utils/extract/gate';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const pages = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => readdirSync(join(PAGES, name)).includes('source.html'));

function decisions(doc: Document) {
  const gate = quickArticleCheck(doc);
  const article = extractArticle(doc, { url: 'https://x.test/a' });
  return { gate, input: toArticleInput(article), signals: article.signals };
}

const viaLinkedom = (html: string) => decisions(parseHTML(html).document as unknown as Document);
const viaCliDom = (html: string) => decisions(parsePage(html).document as unknown as Document);

const story = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>The harbour office said on Tuesday that ferry number ${i + 2} would sail again after repairs to its engine.</p>`,
  ).join('');

/** Hand-made pages, each aimed at one place where two DOMs could disagree. */
const CASES: Record<string, string> = {
  'no head element (metas straight under html)': `<html><meta property="og:type" content="article"><title>Ferries</title><body><article>${story(6)}</article></body></html>`,
  'no html, head or body at all': `<div class="story-body">${story(5)}</div><p>Trailing words.</p>`,
  'spaced and repeated class tokens joined by one space': `<html><head></head><body><div class="story-body  x\tstory-body">${story(3)}</div><div class="story-body x">${story(3)}</div></body></html>`,
  'attribute names keep their case': `<html><head></head><body><div ITEMPROP="articleBody">${story(5)}</div><section itemprop="articleBody">${story(2)}</section></body></html>`,
  'entities in text and attributes': `<html><head><meta property="og:title" content="Fares &amp; fees"></head><body><h1>Fares &amp; fees</h1><div class="caption&#32;x">A &lt;b&gt; tag</div>${story(5)}</body></html>`,
  'implied closes, stray end tags and void elements': `<html><head></head><body><div><p>One ${'word '.repeat(30)}<p>Two ${'word '.repeat(30)}<ul><li>a<li>b</ul></p></p></div><br></br>${story(4)}<table><tr><td>cell<tr><td>cell</table></body></html>`,
  'svg and math inside the story': `<html><head></head><body><article><svg><title>icon</title><p>inside svg</p></svg>${story(5)}<math><mi>x</mi></math></article></body></html>`,
  'closed details, hidden and caption boxes': `<html><head></head><body><article><figure><img src=x><figcaption>Photo: Agency</figcaption></figure><details><summary>More</summary><p>Hidden ${'text '.repeat(20)}</p></details><p hidden>gone</p>${story(5)}</article></body></html>`,
  'line breaks instead of paragraphs': `<html><head></head><body><div id="content">${Array.from({ length: 8 }, (_, i) => `Line ${i} of the report said the port was open.<br><br>`).join('')}</div></body></html>`,
  'json-ld and microdata for the gate': `<html><head><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><div itemscope itemtype="https://schema.org/NewsArticle">${story(5)}</div></body></html>`,
};

describe('the CLI DOM extracts what linkedom extracts', () => {
  it('has page fixtures to compare', () => {
    expect(pages.length).toBeGreaterThan(5);
  });
  it.each(pages)('fixture %s', (name) => {
    const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
    expect(viaCliDom(html)).toEqual(viaLinkedom(html));
  });
  it.each(Object.entries(CASES))('%s', (_name, html) => {
    expect(viaCliDom(html)).toEqual(viaLinkedom(html));
  });
});

describe('the CLI DOM itself', () => {
  const { document: doc } = parsePage(
    '<html><head><title>T</title></head><body><div id="a" class=" b  c b "><p>x &amp; <a href="#">y</a></p><p>z</p></div><p>w</p></body></html>',
  );
  const div = doc.getElementsByTagName('div')[0];

  it('finds elements by tag inside one element only, in document order', () => {
    expect(doc.getElementsByTagName('p')).toHaveLength(3);
    expect(div?.getElementsByTagName('p').map((p) => p.textContent)).toEqual(['x & y', 'z']);
    expect(div?.getElementsByTagName('article')).toEqual([]);
  });

  it('reads class as its distinct tokens, other attributes as written', () => {
    expect(div?.getAttribute('class')).toBe('b c');
    expect(div?.getAttribute('id')).toBe('a');
    expect(div?.getAttribute('ID')).toBeNull();
    expect(doc.getElementsByTagName('p')[0]?.hasAttributes()).toBe(false);
  });

  it('answers closest, contains and the supported selectors', () => {
    const link = doc.getElementsByTagName('a')[0];
    expect(link?.closest('div')).toBe(div);
    expect(link?.closest('article')).toBeNull();
    expect(div?.contains(link ?? null)).toBe(true);
    expect(doc.querySelectorAll('[href], [id="a"]')).toEqual([div, link]);
    // A class is one of the element's class tokens, not a substring of the attribute.
    expect(doc.querySelectorAll('.c, .x')).toEqual([div]);
    expect(doc.querySelectorAll('.bc')).toEqual([]);
    expect(() => doc.querySelectorAll('div > p')).toThrow(/does not support/);
  });

  it('keeps head, body and title where linkedom has them', () => {
    expect(doc.title).toBe('T');
    expect(doc.body?.localName).toBe('body');
    expect(doc.head?.parentElement).toBe(doc.documentElement);
  });
});
