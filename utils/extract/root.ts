/**
 * Where the story is: the element whose subtree holds the article body.
 * Tiers, cheapest first: a content hint (itemprop=articleBody, known body classes)
 * that really holds paragraph text; otherwise the container with the most paragraph
 * text (each <p> scores its parent fully and its grandparent by half, so a story split
 * into several sibling boxes still lifts their common parent).
 */
import { isBoilerplateName } from './boilerplate';
import { CONTENT_SELECTOR } from './content-hints';
import { collapseWhitespace } from './text';

export interface RootResult {
  root: Element;
  /** How it was found: "hint:<selector match>", "density", "body". */
  how: string;
}

/** Paragraphs scored at most; later ones are below any story on real pages. */
const MAX_SCORED_PARAGRAPHS = 4_000;
const MIN_PARAGRAPH_CHARS = 25;
const MIN_HINT_CHARS = 250;
/** Link text is not story text: it is subtracted before scoring. */
const LINKS_PER_PARAGRAPH = 20;

function paragraphChars(p: Element): number {
  let text = collapseWhitespace(p.textContent ?? '').length;
  if (text < MIN_PARAGRAPH_CHARS) return 0;
  const links = p.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < LINKS_PER_PARAGRAPH; i++) {
    text -= collapseWhitespace(links[i]?.textContent ?? '').length;
  }
  return text >= MIN_PARAGRAPH_CHARS ? text : 0;
}

function nameOf(el: Element | null): string {
  if (!el) return '';
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
}

/** Paragraph text inside an element (used to check hints, a few elements only). */
export function textInParagraphs(el: Element, limit = 4_000): number {
  const ps = el.getElementsByTagName('p');
  let sum = 0;
  for (let i = 0; i < ps.length && sum < limit; i++) {
    const p = ps[i];
    if (p) sum += paragraphChars(p);
  }
  return sum;
}

function byDensity(doc: Document): Element | null {
  const ps = doc.getElementsByTagName('p');
  const scores = new Map<Element, number>();
  for (let i = 0; i < ps.length && i < MAX_SCORED_PARAGRAPHS; i++) {
    const p = ps[i];
    if (!p) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    // Teasers and comments in boxes named for them do not vote.
    if (isBoilerplateName(nameOf(parent))) continue;
    const chars = paragraphChars(p);
    if (chars === 0) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + chars);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + chars / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

export function findArticleRoot(doc: Document): RootResult {
  const hints = doc.querySelectorAll(CONTENT_SELECTOR);
  for (let i = 0; i < hints.length && i < 10; i++) {
    const el = hints[i];
    if (el && textInParagraphs(el) >= MIN_HINT_CHARS) {
      const itemprop = el.getAttribute('itemprop');
      return { root: el, how: itemprop === 'articleBody' ? 'hint:articleBody' : 'hint:class' };
    }
  }
  const dense = byDensity(doc);
  if (dense) {
    // A story told in a few <p>s inside an <article>: take the whole article.
    const article = dense.localName === 'article' ? dense : dense.closest('article');
    if (article && textInParagraphs(article, 1e9) <= textInParagraphs(dense, 1e9) * 1.5) {
      return { root: article, how: 'density:article' };
    }
    return { root: dense, how: 'density' };
  }
  return { root: doc.body ?? doc.documentElement, how: 'body' };
}
