/**
 * The parsed-file DOM of the CLI: plain objects holding exactly what utils/extract reads
 * (element walk, names, attributes, text, tag lookups, `closest`, a few selectors), built by
 * cli/dom/page.ts in one htmlparser2 pass. The extraction code is the browser's: it is given
 * this tree typed as a Document, so every method it calls must be here (tests/unit/cli check
 * the results against linkedom, whose tree htmlparser2 also builds).
 *
 * Where linkedom and a browser differ, this follows linkedom (the CLI's parser until now), so
 * that the CLI's decisions stay as they were: `class` reads back as its distinct
 * whitespace-separated tokens joined by one space (linkedom's classList), attribute names
 * keep their case, and `head`/`body` are made (empty) when the page has none where expected.
 */
import { compileSelector, type Matcher } from './select';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const DOCUMENT_NODE = 9;

type Parent = LiteElement | LiteDocument;
type Child = LiteElement | LiteText;

export class LiteText {
  readonly nodeType = TEXT_NODE;
  parentNode: Parent | null = null;
  nextSibling: Child | null = null;
  readonly firstChild = null;
  constructor(public nodeValue: string) {}
  get parentElement(): LiteElement | null {
    return parentElementOf(this);
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

function parentElementOf(node: Child): LiteElement | null {
  const parent = node.parentNode;
  return parent !== null && parent.nodeType === ELEMENT_NODE ? parent : null;
}

const CLASS_SPLIT = /\s+/;

export class LiteElement {
  readonly nodeType = ELEMENT_NODE;
  parentNode: Parent | null = null;
  nextSibling: Child | null = null;
  firstChild: Child | null = null;
  lastChild: Child | null = null;
  /** Position in document order, and the last position inside this element; -1: made later. */
  order = -1;
  end = -1;
  private normalizedClass: string | null = null;
  private classTokens: readonly string[] | null = null;
  constructor(
    readonly ownerDocument: LiteDocument,
    readonly localName: string,
    /** As the parser gave them: names keep their case, the first of a repeated name wins. */
    private readonly attributes: Record<string, string> | null,
  ) {}

  get parentElement(): LiteElement | null {
    return parentElementOf(this);
  }

  get tagName(): string {
    return this.localName.toUpperCase();
  }

  appendChild(child: Child): void {
    child.parentNode = this;
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
  }

  getAttribute(name: string): string | null {
    if (name === 'class') return this.classValue();
    const attrs = this.attributes;
    return attrs !== null && Object.hasOwn(attrs, name) ? (attrs[name] ?? null) : null;
  }

  hasAttribute(name: string): boolean {
    return this.attributes !== null && Object.hasOwn(this.attributes, name);
  }

  hasAttributes(): boolean {
    if (this.attributes === null) return false;
    for (const name in this.attributes) if (Object.hasOwn(this.attributes, name)) return true;
    return false;
  }

  /** linkedom's `className`: distinct tokens in first-seen order, '' without a class. */
  private classValue(): string {
    if (this.normalizedClass !== null) return this.normalizedClass;
    const raw =
      this.attributes !== null && Object.hasOwn(this.attributes, 'class')
        ? this.attributes.class
        : '';
    const tokens = new Set((raw ?? '').split(CLASS_SPLIT));
    tokens.delete('');
    this.normalizedClass = [...tokens].join(' ');
    return this.normalizedClass;
  }

  /**
   * The class attribute's tokens, split once per element. Not className's distinct tokens:
   * a selector only asks whether a (non-empty) name is among them, and building className
   * for every element a selector tests cost a Set and a join each.
   */
  private classList(): readonly string[] | null {
    if (this.attributes === null || !Object.hasOwn(this.attributes, 'class')) return null;
    this.classTokens ??= (this.attributes.class ?? '').split(CLASS_SPLIT);
    return this.classTokens;
  }

  /** Whether `class` holds the token (a `.name` selector). */
  hasClass(name: string): boolean {
    return this.classList()?.includes(name) ?? false;
  }

  /** Whether `class` holds any of the tokens (a list of `.name` selectors, one pass). */
  hasAnyClass(names: ReadonlySet<string>): boolean {
    const tokens = this.classList();
    if (tokens !== null) for (const token of tokens) if (names.has(token)) return true;
    return false;
  }

  /** The raw value for selectors (css-select reads the attribute, not className). */
  attributeValue(name: string): string | null {
    return name === 'class'
      ? this.hasAttribute('class')
        ? this.classValue()
        : null
      : this.getAttribute(name);
  }

  get textContent(): string {
    let out = '';
    let node: Child | null = this.firstChild;
    while (node !== null) {
      if (node.nodeType === TEXT_NODE) out += node.nodeValue;
      else if (node.firstChild !== null) {
        node = node.firstChild;
        continue;
      }
      while (node !== null && node !== this && node.nextSibling === null)
        node = node.parentNode as Child | null;
      if (node === null || node === this) break;
      node = node.nextSibling;
    }
    return out;
  }

  getElementsByTagName(tag: string): LiteElement[] {
    if (this.order < 0 || this.end <= this.order) return [];
    return this.ownerDocument.elementsBetween(tag, this.order, this.end);
  }

  contains(other: Child | null): boolean {
    for (let node: Child | Parent | null = other; node !== null; node = node.parentNode) {
      if (node === this) return true;
    }
    return false;
  }

  matches(selector: string): boolean {
    return compileSelector(selector)(this);
  }

  closest(selector: string): LiteElement | null {
    const matches: Matcher = compileSelector(selector);
    if (matches(this)) return this;
    for (let el = this.parentElement; el !== null; el = el.parentElement)
      if (matches(el)) return el;
    return null;
  }

  querySelectorAll(selector: string): LiteElement[] {
    if (this.order < 0) return [];
    const matches = compileSelector(selector);
    const all = this.ownerDocument.elements;
    const found: LiteElement[] = [];
    for (let i = this.order + 1; i <= this.end; i++) {
      const el = all[i];
      if (el && matches(el)) found.push(el);
    }
    return found;
  }
}

/** Lower bound: the first index in `list` whose element comes after position `order`. */
function firstAfter(list: readonly LiteElement[], order: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.order ?? 0) <= order) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const NO_VIEW = { defaultView: null };

export class LiteDocument {
  readonly nodeType = DOCUMENT_NODE;
  readonly parentNode = null;
  firstChild: Child | null = null;
  lastChild: Child | null = null;
  /** Every parsed element in document order (element.order indexes it). */
  readonly elements: LiteElement[] = [];
  /** Parsed elements by tag name, each list in document order. */
  private readonly byTag = new Map<string, LiteElement[]>();
  /** No window: extraction asks for styles only when a browser gives it `isVisible`. */
  readonly defaultView = NO_VIEW.defaultView;

  appendChild(child: Child): void {
    child.parentNode = this;
    if (this.lastChild === null) this.firstChild = child;
    else this.lastChild.nextSibling = child;
    this.lastChild = child;
  }

  /** Called by the parser for each element as it opens, in document order. */
  register(el: LiteElement): void {
    el.order = this.elements.length;
    el.end = el.order;
    this.elements.push(el);
    const list = this.byTag.get(el.localName);
    if (list) list.push(el);
    else this.byTag.set(el.localName, [el]);
  }

  /** Elements named `tag` after position `from`, up to and including position `to`. */
  elementsBetween(tag: string, from: number, to: number): LiteElement[] {
    const list = this.byTag.get(tag);
    if (!list) return [];
    const start = firstAfter(list, from);
    const stop = firstAfter(list, to);
    return list.slice(start, stop);
  }

  get documentElement(): LiteElement | null {
    for (let node = this.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType === ELEMENT_NODE) return node;
    }
    return null;
  }

  /** The index's own list (not a copy): extraction only reads what it is given. */
  getElementsByTagName(tag: string): readonly LiteElement[] {
    return this.byTag.get(tag) ?? [];
  }

  querySelectorAll(selector: string): LiteElement[] {
    const matches = compileSelector(selector);
    return this.elements.filter((el) => matches(el));
  }

  /**
   * linkedom's `head`: the root's first element child when it is a <head>; otherwise an
   * empty <head> is put there (so a page without one has no head metadata, as before).
   */
  get head(): LiteElement | null {
    const root = this.documentElement;
    if (root === null) return null;
    const first = firstElementChild(root);
    if (first !== null && first.localName === 'head') return first;
    const made = new LiteElement(this, 'head', null);
    made.parentNode = root;
    made.nextSibling = root.firstChild;
    root.firstChild = made;
    if (root.lastChild === null) root.lastChild = made;
    return made;
  }

  /** linkedom's `body`: the element after `head` when it is a <body>, else an empty one there. */
  get body(): LiteElement | null {
    const head = this.head;
    if (head === null) return null;
    const next = nextElementSibling(head);
    if (next !== null && next.localName === 'body') return next;
    const made = new LiteElement(this, 'body', null);
    made.parentNode = head.parentNode;
    made.nextSibling = head.nextSibling;
    head.nextSibling = made;
    const parent = head.parentNode;
    if (parent !== null && parent.lastChild === head) parent.lastChild = made;
    return made;
  }

  /** linkedom's `title`: the text of the first <title> in `head`. */
  get title(): string {
    const head = this.head;
    return head?.getElementsByTagName('title')[0]?.textContent ?? '';
  }
}

function firstElementChild(el: LiteElement): LiteElement | null {
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node;
  }
  return null;
}

function nextElementSibling(el: LiteElement): LiteElement | null {
  for (let node = el.nextSibling; node !== null; node = node.nextSibling) {
    if (node.nodeType === ELEMENT_NODE) return node;
  }
  return null;
}
