/**
 * Where the story is: the element whose subtree holds the article body.
 *
 * One pass over the page's <p>s (no selector queries: linkedom, in the CLI, pays a
 * whole-page walk per query). Each paragraph's text (minus its link text) votes for:
 * - its parent fully and its grandparent by half: the densest container wins, and a
 *   story split into several sibling boxes still lifts their common parent;
 * - every content hint above it (itemprop=articleBody, known body classes): a hint that
 *   really holds story text is taken first;
 * - every <article> above it: a story told in a few boxes inside one <article> is taken whole.
 */
import { isBoilerplateName } from './boilerplate';
import { CONTENT_CLASSES } from './content-hints';
import { collapseWhitespace } from './text';

export interface RootResult {
  root: Element;
  /** How it was found: "hint:articleBody", "hint:class", "density:article", "density", "body". */
  how: string;
}

/** Paragraphs scored at most; later ones are below any story on real pages. */
const MAX_SCORED_PARAGRAPHS = 4_000;
const MIN_PARAGRAPH_CHARS = 25;
const MIN_HINT_CHARS = 250;
/** How far above a paragraph hints and <article>s are looked for. */
const MAX_CLIMB = 12;
const LINKS_PER_PARAGRAPH = 20;
/** A paragraph's vote saturates here: a 10 MB paragraph is read no further than this. */
const MAX_VOTE_CHARS = 5_000;
/** Once this much text has voted the story has been seen; later paragraphs are not read. */
const MAX_SCORED_CHARS = 100_000;
/**
 * The first class token that is a content hint, in one native match rather than an array of
 * tokens per class attribute: asked of every box up to MAX_CLIMB levels above the story.
 */
const HINT_TOKEN = new RegExp(
  `(?:^|\\s)(${CONTENT_CLASSES.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`,
);

function paragraphChars(p: Element): number {
  let text = collapseWhitespace(textUpTo(p, MAX_VOTE_CHARS)).length;
  if (text < MIN_PARAGRAPH_CHARS) return 0;
  const links = p.getElementsByTagName('a');
  for (let i = 0; i < links.length && i < LINKS_PER_PARAGRAPH; i++) {
    const link = links[i];
    if (link) text -= collapseWhitespace(textUpTo(link, MAX_VOTE_CHARS)).length;
  }
  return text >= MIN_PARAGRAPH_CHARS ? text : 0;
}

/**
 * An element's text, read no further than `max` characters: `textContent` would copy a
 * 10 MB text node whole. Iterative, like the walk, so deep nesting costs no stack.
 */
export function textUpTo(el: Element, max: number): string {
  let out = '';
  let node: Node | null = el.firstChild;
  while (node !== null && out.length < max) {
    if (node.nodeType === 3) out += (node.nodeValue ?? '').slice(0, max - out.length);
    else if (node.nodeType === 1 && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== el && node.nextSibling === null) node = node.parentNode;
    if (node === null || node === el) break;
    node = node.nextSibling;
  }
  return out;
}

function nameOf(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  return cls || id ? `${cls ?? ''} ${id ?? ''}`.toLowerCase() : '';
}

/** "articleBody" for itemprop=articleBody, else the content class the element carries. */
function hintOf(el: Element): string | null {
  // Most boxes up the tree carry no attribute at all: one call instead of two.
  if (!el.hasAttributes()) return null;
  if (el.getAttribute('itemprop') === 'articleBody') return 'articleBody';
  const cls = el.getAttribute('class');
  return cls ? (HINT_TOKEN.exec(cls)?.[1] ?? null) : null;
}

/** Levels above a hint where a story split into several boxes of the same class is joined
 * (a text box in a grid cell in a grid in a section block: four). */
const MAX_JOIN_LEVELS = 4;
const MIN_PART_CHARS = 100;
/**
 * A story in several unnamed-for-content boxes of one class (a section per part, the lead
 * image between): joined further up, but only boxes holding a few paragraphs of story.
 */
const DENSITY_JOIN_LEVELS = 6;
const MIN_DENSITY_PART_CHARS = 150;

/**
 * A story split into several boxes with the same class ("story-body" x 4, ads between):
 * the nearest common ancestor, at most a few levels up, holds all the parts. Boxes
 * further apart (a stream of other stories) are not joined.
 */
function joinParts(
  top: Element,
  hints: Map<Element, number>,
  names: Map<Element, string>,
  levels = MAX_JOIN_LEVELS,
  minChars = MIN_PART_CHARS,
): Element {
  const ups: Element[] = [];
  for (let el = top.parentElement; el && ups.length < levels; el = el.parentElement) ups.push(el);
  let level = -1;
  const topArticle = top.closest('article');
  for (const [other, chars] of hints) {
    if (other === top || chars < minChars || names.get(other) !== names.get(top)) continue;
    if (top.contains(other) || other.contains(top)) continue;
    // Another story's box: in another <article>, or inside a teaser/stream box.
    if (other.closest('article') !== topArticle) continue;
    let el: Element | null = other.parentElement;
    for (let up = 0; el && up < levels; up++, el = el.parentElement) {
      const at = ups.indexOf(el);
      if (at >= 0) {
        level = Math.max(level, at);
        break;
      }
      if (isBoilerplateName(nameOf(el))) break;
    }
  }
  return level >= 0 ? (ups[level] ?? top) : top;
}

/**
 * Inline wrappers a paragraph may sit in: `<span id="x"/>` runs (HTML has no self-closing
 * span, so every later paragraph nests one level deeper) or a `<font>` around the story.
 */
const INLINE_WRAPPERS = new Set(['a', 'b', 'em', 'font', 'i', 'small', 'span', 'strong', 'u']);
const MAX_INLINE_CLIMB = 400;

/** A paragraph's box: its parent, above any inline wrappers (a bounded climb). */
function blockParent(p: Element): Element | null {
  let el = p.parentElement;
  for (let up = 0; el && up < MAX_INLINE_CLIMB && INLINE_WRAPPERS.has(el.localName); up++) {
    el = el.parentElement;
  }
  return el;
}

const add = (map: Map<Element, number>, el: Element, n: number) =>
  map.set(el, (map.get(el) ?? 0) + n);

/** The entry with the highest score; on a tie the later one (an outer element). */
function best(map: Map<Element, number>): [Element, number] | null {
  let top: [Element, number] | null = null;
  for (const entry of map) if (top === null || entry[1] >= top[1]) top = entry;
  return top;
}

/** What a paragraph's box and the boxes above it vote for: the same for all its paragraphs. */
interface Above {
  /** The box is named for teasers or comments: no density vote. */
  boilerplate: boolean;
  /** Content hints within MAX_CLIMB levels, nearest first, and their names. */
  hints: Element[];
  names: string[];
  /** <article>s within MAX_CLIMB levels, nearest first. */
  articles: Element[];
}

function above(parent: Element): Above {
  const found: Above = {
    boilerplate: isBoilerplateName(nameOf(parent)),
    hints: [],
    names: [],
    articles: [],
  };
  let el: Element | null = parent;
  for (let up = 0; el !== null && up < MAX_CLIMB; up++, el = el.parentElement) {
    const name = hintOf(el);
    if (name) {
      found.hints.push(el);
      found.names.push(name);
    }
    if (el.localName === 'article') found.articles.push(el);
  }
  return found;
}

export function findArticleRoot(doc: Document): RootResult {
  const ps = doc.getElementsByTagName('p');
  const density = new Map<Element, number>();
  const hints = new Map<Element, number>();
  const articles = new Map<Element, number>();
  const hintNames = new Map<Element, string>();
  // A story's paragraphs share a few boxes: what is above each box is read once.
  const seen = new Map<Element, Above>();
  let scored = 0;
  for (let i = 0; i < ps.length && i < MAX_SCORED_PARAGRAPHS && scored < MAX_SCORED_CHARS; i++) {
    const p = ps[i];
    const parent = p ? blockParent(p) : null;
    if (!p || !parent) continue;
    const chars = paragraphChars(p);
    if (chars === 0) continue;
    scored += chars;
    let up = seen.get(parent);
    if (up === undefined) {
      up = above(parent);
      seen.set(parent, up);
    }
    // Teasers and comments in boxes named for them do not vote for density.
    if (!up.boilerplate) {
      add(density, parent, chars);
      const grand = parent.parentElement;
      if (grand) add(density, grand, chars / 2);
    }
    for (let h = 0; h < up.hints.length; h++) {
      const el = up.hints[h] as Element;
      add(hints, el, chars);
      hintNames.set(el, up.names[h] as string);
    }
    for (const el of up.articles) add(articles, el, chars);
  }

  const hint = best(hints);
  if (hint && hint[1] >= MIN_HINT_CHARS) {
    const how = hintNames.get(hint[0]) === 'articleBody' ? 'hint:articleBody' : 'hint:class';
    const root = joinParts(hint[0], hints, hintNames);
    return { root, how: root === hint[0] ? how : `${how}:joined` };
  }
  const dense = best(density);
  if (!dense || dense[1] < MIN_HINT_CHARS) {
    const broken = byLineBreaks(doc);
    if (broken) return { root: broken, how: 'line-breaks' };
  }
  if (!dense) return { root: doc.body ?? doc.documentElement, how: 'body' };
  // A story told in a few boxes inside one <article>: take the whole article.
  const article = dense[0].localName === 'article' ? dense[0] : dense[0].closest('article');
  const articleChars = article ? (articles.get(article) ?? 0) : 0;
  if (article && articleChars <= dense[1] * 1.5) return { root: article, how: 'density:article' };
  const classes = new Map<Element, string>();
  for (const el of density.keys()) {
    const cls = el.getAttribute('class');
    if (cls) classes.set(el, cls);
  }
  if (!classes.has(dense[0])) return { root: dense[0], how: 'density' };
  const joined = joinParts(dense[0], density, classes, DENSITY_JOIN_LEVELS, MIN_DENSITY_PART_CHARS);
  return { root: joined, how: joined === dense[0] ? 'density' : 'density:joined' };
}

const MAX_BREAKS = 4_000;
const MIN_BREAKS = 4;

/** A story written as text and <br><br> with no <p>s: the box with the most line breaks. */
function byLineBreaks(doc: Document): Element | null {
  const brs = doc.getElementsByTagName('br');
  const counts = new Map<Element, number>();
  for (let i = 0; i < brs.length && i < MAX_BREAKS; i++) {
    const parent = brs[i]?.parentElement;
    if (parent && parent.localName !== 'p') add(counts, parent, 1);
  }
  const top = best(counts);
  return top && top[1] >= MIN_BREAKS ? top[0] : null;
}
