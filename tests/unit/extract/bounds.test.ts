/**
 * Pages that would break a naive extractor: a DOM 10,000 levels deep (no recursion to
 * overflow), a 10 MB page (bounded work, said in the signals), an empty document.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, quickArticleCheck } from '@/utils/extract';
import { textUpTo } from '@/utils/extract/root';
import { MAX_BLOCKS, MAX_CHARS, MAX_SCANNED_CHARS } from '@/utils/extract/walk';
import { DOMS, parse } from './dom';

const SENTENCE =
  'The harbour master said the new wall would protect the town from winter storms for decades. ';

function deepDocument(dom: (typeof DOMS)[number], depth: number): Document {
  const doc = parse(
    '<!DOCTYPE html><html lang="en"><head><title>Deep</title></head><body></body></html>',
    dom,
  );
  let parent: Element = doc.body;
  for (let i = 0; i < depth; i++) {
    const div = doc.createElement(i % 2 === 0 ? 'div' : 'section');
    parent.appendChild(div);
    parent = div;
  }
  for (let i = 0; i < 5; i++) {
    const p = doc.createElement('p');
    p.appendChild(doc.createTextNode(`${i + 1}. ${SENTENCE.repeat(2)}`));
    parent.appendChild(p);
  }
  return doc;
}

describe('a DOM 10,000 levels deep', () => {
  it('is walked to the bottom on linkedom (the CLI)', () => {
    const doc = deepDocument('linkedom', 10_000);
    expect(quickArticleCheck(doc).signals).toContain('p:5');
    const article = extractArticle(doc);
    expect(article.blocks).toHaveLength(5);
    expect(article.blocks[0]?.text).toBe(`1. ${SENTENCE.repeat(2).trim()}`);
  });

  it('never throws on happy-dom, whose own selector engine overflows at this depth', () => {
    const doc = deepDocument('happy-dom', 10_000);
    expect(() => quickArticleCheck(doc)).not.toThrow();
    expect(() => extractArticle(doc)).not.toThrow();
    const article = extractArticle(doc);
    // Either it got through, or it says why it could not: never a half-result.
    if (article.blocks.length === 0)
      expect(article.signals.some((s) => s.startsWith('dom-error'))).toBe(true);
    else expect(article.blocks).toHaveLength(5);
  });

  it('is walked iteratively on happy-dom too (depth 2,000, within its own limits)', () => {
    const article = extractArticle(deepDocument('happy-dom', 2_000));
    expect(article.blocks).toHaveLength(5);
  });
});

describe.each(DOMS)('bounds on %s', (dom) => {
  it('handles an empty document', () => {
    const article = extractArticle(parse('', dom));
    expect(article.blocks).toEqual([]);
    expect(article.isArticle).toBe(false);
  });
});

describe('a 10 MB page', () => {
  it('is cut at the character and block caps, and says so', () => {
    const paragraph = `<p>${SENTENCE.repeat(5)}</p>`;
    const count = Math.ceil(10_000_000 / paragraph.length);
    const body = Array.from({ length: count }, (_, i) =>
      paragraph.replace('<p>', `<p>${i}. `),
    ).join('');
    const html = `<!DOCTYPE html><html lang="en"><head><meta property="og:type" content="article"></head><body><article>${body}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = parse(html, 'linkedom');
    const article = extractArticle(doc);
    expect(article.signals).toContain('truncated');
    expect(article.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    const chars = article.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(chars).toBeLessThanOrEqual(MAX_CHARS + SENTENCE.length * 5);
  });

  it('keeps a single enormous paragraph bounded', () => {
    const html = `<html><body><article><p>${SENTENCE.repeat(60_000)}</p></article></body></html>`;
    const article = extractArticle(parse(html, 'linkedom'));
    expect(article.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(MAX_CHARS);
    expect(article.signals).toContain('truncated');
  });

  it('stops reading a page of 20,000 duplicate paragraphs once it has read half as much again as the cap', () => {
    // Every paragraph after the first is dropped as a repeat, so the kept text never reaches
    // the cap: the bound on text read is what ends the walk.
    const paragraph = `<p>${SENTENCE.repeat(5)}</p>`;
    const html = `<html><body><article>${paragraph.repeat(20_000)}</article></body></html>`;
    const article = extractArticle(parse(html, 'linkedom'));
    expect(article.blocks.length).toBeLessThanOrEqual(2); // the first, and the cut one the walk stopped in
    expect(article.signals).toContain('truncated');
    expect(MAX_SCANNED_CHARS).toBeLessThan(20_000 * SENTENCE.length * 5);
  });
});

describe('textUpTo', () => {
  it('reads nested text in document order and stops at the limit', () => {
    const doc = parse(
      '<html><body><p id="p">One <a>two <b>three</b></a> four</p></body></html>',
      'linkedom',
    );
    const p = doc.getElementById('p') as Element;
    expect(textUpTo(p, 1_000)).toBe(p.textContent);
    expect(textUpTo(p, 9)).toBe('One two t');
    expect(textUpTo(p, 0)).toBe('');
  });

  it('never copies more than the limit of a huge text node', () => {
    const doc = parse('<html><body><p id="p"></p></body></html>', 'linkedom');
    const p = doc.getElementById('p') as Element;
    p.appendChild(doc.createTextNode('x'.repeat(5_000_000)));
    expect(textUpTo(p, 5_000)).toHaveLength(5_000);
  });
});
