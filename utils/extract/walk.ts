/**
 * The block walk: story text of one root element, in order, as blocks. Iterative
 * (pointer moves, no recursion and no stack), so a DOM 10,000 levels deep is just a
 * long loop; bounded in characters and blocks so a 10 MB page costs a bounded amount.
 */
import type { Block } from '@/core/report';
import { BLOCK_TAGS, SKIP_TAGS, isBoilerplateName, isBoilerplateText } from './boilerplate';
import { textUpTo } from './root';
import { collapseWhitespace } from './text';

/** Story text kept at most: the longest news story in the shared corpus is under 50,000. */
export const MAX_CHARS = 120_000;
export const MAX_BLOCKS = 2_000;
/**
 * Text read at most, kept or not: a page of 20,000 duplicate or boilerplate paragraphs keeps
 * nothing, and without this bound would be read to its end.
 */
export const MAX_SCANNED_CHARS = MAX_CHARS + MAX_CHARS / 2;
const MAX_WRAPPER_CHECKS = 64;

const SKIP = new Set<string>(SKIP_TAGS);
/** Inline elements are never the boxes boilerplate comes in: their names are not checked. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
const BLOCK = new Set<string>(BLOCK_TAGS);
// An inline icon ("external-link-icon") shows a glyph; its text is a label for screen
// readers ("Opens a new window") that would run into the word it follows.
const INLINE_HIDDEN = /hidden|sr-only|screen-reader|(?:^|[\s_-])icon(?:$|[\s_-])/i;
/**
 * Inline styles that hide text, decided without a stylesheet (the CLI): display, visibility,
 * zero opacity or font size, and far negative offsets ("left:-9999px", "text-indent:-9999px").
 */
const HIDDEN_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|(?:opacity|font-size)\s*:\s*0(?:\.0+)?(?:px|em|rem|%)?\s*(?:[;!]|$)|(?:left|top|text-indent)\s*:\s*-\d{4}/i;
const HAS_LETTER = /\p{L}/u;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface WalkOptions {
  /** In a browser: false for a block the reader cannot see (visibility.ts). */
  isVisible?: (el: Element) => boolean;
}

/** Visibility asked of this many blocks at most: a page of 50,000 <div>s pays no more. */
const MAX_VISIBILITY_CHECKS = 3_000;

export interface WalkResult {
  blocks: Block[];
  /** Text of `<h1>`s met inside the root: headline candidates, never body text. */
  headlines: string[];
  truncated: boolean;
  /** Blocks dropped as link lists or labels ("Baca juga: ..."). */
  dropped: number;
  /** Captions and photo credits met in skipped boxes, kept aside. */
  credits: string[];
  /** Blocks with text left out because they were hidden (visibility.ts, closed <details>). */
  hidden: number;
}

/** A hidden element never shows its text: `hidden`, `aria-hidden`, inline display:none. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && style.length < 2000 && HIDDEN_STYLE.test(style);
}

function nameOf(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Inside a closed <details> only the <summary> shows. */
function inClosedDetails(node: Node): boolean {
  const parent = node.parentElement;
  return (
    parent !== null &&
    parent.localName === 'details' &&
    !parent.hasAttribute('open') &&
    (node as Element).localName !== 'summary'
  );
}

export function walkBlocks(root: Element, options: WalkOptions = {}): WalkResult {
  const isVisible = options.isVisible;
  let visibilityChecks = 0;
  let hidden = 0;
  const blocks: Block[] = [];
  const headlines: string[] = [];
  const rootParagraphs = root.getElementsByTagName('p').length;
  let buf = '';
  let linkChars = 0;
  let total = 0;
  let scanned = 0;
  let truncated = false;
  let dropped = 0;
  const credits: string[] = [];
  let wrapperChecks = 0;
  let brRun = 0;
  let inLink = 0;
  let inQuote = 0;
  let inHeading = 0;
  let inH1 = 0;
  let inLi = 0;
  // <details> entered and not yet left (the root counts): only inside one can a node's
  // parent be a closed <details>, so elsewhere that is not asked of every node.
  let inDetails = root.localName === 'details' ? 1 : 0;

  const flush = (): void => {
    if (buf === '') return;
    const raw = buf;
    const links = linkChars;
    buf = '';
    linkChars = 0;
    const text = collapseWhitespace(raw);
    if (text === '' || !HAS_LETTER.test(text)) return;
    if (inH1 > 0) {
      headlines.push(text);
      return;
    }
    // A block that is mostly link text is a teaser or a menu, not story.
    const linkShare = links / raw.length;
    if ((linkShare > 0.6 && inQuote === 0) || isBoilerplateText(text)) {
      dropped++;
      return;
    }
    if (blocks.length > 0 && blocks[blocks.length - 1]?.text === text) return;
    if (blocks.length >= MAX_BLOCKS || total >= MAX_CHARS) {
      truncated = true;
      return;
    }
    // (a buffer cut by the cap is still flushed once, below)
    const type: Block['type'] =
      inHeading > 0 ? 'heading' : inQuote > 0 ? 'quote' : inLi > 0 ? 'li' : 'p';
    const room = MAX_CHARS - total;
    blocks.push({ text: text.length > room ? text.slice(0, room).trimEnd() : text, type });
    total += Math.min(text.length, room);
    if (total >= MAX_CHARS || blocks.length >= MAX_BLOCKS) truncated = true;
  };

  /** Entering an element; false = skip its subtree. */
  const enter = (el: Element): boolean => {
    const tag = el.localName;
    if (tag === 'br') {
      // One <br> is a space; two in a row end a paragraph (pages without <p>s).
      if (++brRun >= 2) flush();
      else buf += ' ';
      return false;
    }
    brRun = 0;
    // Most elements carry no attribute at all: one call instead of five.
    const attributes = el.hasAttributes();
    if (attributes && isHidden(el)) return false;
    if (inDetails > 0 && inClosedDetails(el)) {
      hidden++;
      return false;
    }
    const inline = INLINE.has(tag);
    // Inline text hidden by class ("sr-only", "visually-hidden") is still not read.
    if (attributes && inline && INLINE_HIDDEN.test(el.getAttribute('class') ?? '')) return false;
    const name = inline || !attributes ? '' : nameOf(el);
    if (tag === 'header' && isSummaryHeader(el)) {
      flush();
      return true;
    }
    if (SKIP.has(tag)) {
      keepCaptions(el, tag, name, credits);
      return false;
    }
    // A misnamed wrapper holding most of the story ("article-share-wrapper") is kept, but
    // never a caption box: a gallery's captions can outnumber the story's own paragraphs.
    // Counting its paragraphs walks its subtree: done for a bounded number of boxes.
    if (name !== '' && isBoilerplateName(name)) {
      const share =
        rootParagraphs >= 3 && !CAPTION_NAME.test(name) && wrapperChecks++ < MAX_WRAPPER_CHECKS
          ? el.getElementsByTagName('p').length / rootParagraphs
          : 0;
      if (share < 0.5) {
        keepCaptions(el, tag, name, credits);
        return false;
      }
    }
    if (BLOCK.has(tag)) {
      if (isVisible && visibilityChecks++ < MAX_VISIBILITY_CHECKS && !isVisible(el)) {
        hidden++;
        return false;
      }
      flush();
    }
    if (tag === 'a') inLink++;
    else if (tag === 'blockquote') inQuote++;
    else if (tag === 'h1') inH1++;
    else if (tag === 'h2' || tag === 'h3' || tag === 'h4' || tag === 'h5' || tag === 'h6')
      inHeading++;
    else if (tag === 'li') inLi++;
    else if (tag === 'details') inDetails++;
    return true;
  };

  const leave = (el: Element): void => {
    const tag = el.localName;
    if (BLOCK.has(tag) || tag === 'header') flush();
    if (tag === 'a') inLink--;
    else if (tag === 'blockquote') inQuote--;
    else if (tag === 'h1') inH1--;
    else if (tag === 'h2' || tag === 'h3' || tag === 'h4' || tag === 'h5' || tag === 'h6')
      inHeading--;
    else if (tag === 'li') inLi--;
    else if (tag === 'details') inDetails--;
  };

  let node: Node | null = root.firstChild;
  while (node !== null && !truncated) {
    let descend = false;
    if (node.nodeType === TEXT_NODE && inDetails > 0 && inClosedDetails(node)) {
      // Text straight inside a closed <details> does not show.
    } else if (node.nodeType === TEXT_NODE) {
      // Never hold more than the cap, however big one text node is.
      const room = Math.min(MAX_CHARS - total - buf.length, MAX_SCANNED_CHARS - scanned);
      const value = node.nodeValue ?? '';
      if (brRun > 0 && value.trim() !== '') brRun = 0;
      scanned += Math.min(value.length, Math.max(room, 0));
      if (value.length <= room) buf += value;
      else {
        buf += value.slice(0, Math.max(room, 0));
        truncated = true;
      }
      if (inLink > 0) linkChars += Math.min(value.length, Math.max(room, 0));
    } else if (node.nodeType === ELEMENT_NODE) {
      descend = enter(node as Element);
    }
    if (descend && node.firstChild !== null) {
      node = node.firstChild;
      continue;
    }
    if (descend) leave(node as Element);
    // Climb until there is a next sibling, leaving each finished element on the way.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root) leave(node as Element);
    }
    if (node === null || node === root) break;
    node = node.nextSibling;
  }
  flush();
  return { blocks, headlines, truncated, dropped, credits, hidden };
}

const CAPTION_NAME = /caption|credit|legend/;
/** What a story's own header holds besides prose: its headline, byline, date and image. */
const HEADER_PARTS = 'h1, h2, h3, h4, h5, h6, address, time, img, picture, figure';
const MIN_SUMMARY_WORDS = 12;
const MAX_SUMMARY_CHARS = 1_500;

/**
 * A <header> inside the story that holds only prose (no headline, byline, date or image) is
 * the story's summary, not its masthead: some sites put the lead sentences there.
 */
function isSummaryHeader(el: Element): boolean {
  if (el.querySelectorAll(HEADER_PARTS).length > 0) return false;
  const text = collapseWhitespace(textUpTo(el, MAX_SUMMARY_CHARS + 1));
  return text.length <= MAX_SUMMARY_CHARS && text.split(' ').length >= MIN_SUMMARY_WORDS;
}
const NOT_CAPTIONS = /advert|sponsor|promo|related|comment/;
const MAX_CREDITS = 20;
const MAX_CREDIT_CHARS = 300;

/** Add a caption's text to the credits once (nested caption/credit boxes repeat words). */
export function addCredit(credits: string[], el: Element): void {
  if (credits.length >= MAX_CREDITS) return;
  const text = collapseWhitespace(el.textContent ?? '').slice(0, MAX_CREDIT_CHARS);
  if (text === '' || credits.some((c) => c.includes(text) || text.includes(c))) return;
  credits.push(text);
}

/**
 * A skipped box may be a caption, or hold one (a <figure> or the story <header> with its
 * lead image). Ad slots and asides are not looked into: their captions are not the story's.
 */
function keepCaptions(el: Element, tag: string, name: string, credits: string[]): void {
  if (tag === 'aside' || NOT_CAPTIONS.test(name)) return;
  if (tag === 'figcaption' || CAPTION_NAME.test(name)) {
    addCredit(credits, el);
    return;
  }
  if (tag === 'figure' || tag === 'header' || tag === 'div') {
    const captions = el.getElementsByTagName('figcaption');
    for (let i = 0; i < captions.length && i < MAX_CREDITS; i++) {
      const caption = captions[i];
      if (caption && !isHidden(caption)) addCredit(credits, caption);
    }
  }
}
