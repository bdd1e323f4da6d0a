/**
 * Finding a claim's sentence again in the live page. The engine gives the sentence exactly as
 * extracted (whitespace collapsed, invisible characters dropped: utils/extract/text.ts), so we
 * index the page's text under the same rule, keep a map from each indexed character back to
 * its text node and offset, and build a DOM Range over the original nodes. Reading only: the
 * page's DOM is never changed. Built on demand (highlight on, "show in page"), never on load.
 */

/** Subtrees whose text is never shown as story text. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'svg',
  'math',
  'iframe',
  'object',
]);
/** Elements that start a new block: the extraction never joins text across them, so a space stands between. */
const BREAKS = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'article',
  'section',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'dd',
  'dt',
  'dl',
  'pre',
  'hr',
]);
/** Same rule as collapseWhitespace in utils/extract/text.ts. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const SPACE = /\s/;
/** A 10 MB page is indexed up to this many characters; claims beyond it are not marked. */
export const MAX_INDEX_CHARS = 1_000_000;

export interface TextIndex {
  /** The page's visible-ish text, whitespace collapsed. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: index into `nodes` (-1 for a `<br>`'s space) and offset in it. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
  truncated: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export function buildTextIndex(
  root: Node,
  options: { exclude?: Element | null; maxChars?: number } = {},
): TextIndex {
  const max = options.maxChars ?? MAX_INDEX_CHARS;
  const doc = root.ownerDocument ?? (root as Document);
  const chars: string[] = [];
  let n = 0;
  // Grown by doubling: sizing from `textContent` would copy a 10 MB page's text first.
  let capacity = Math.min(max, 65_536);
  let nodeOf = new Int32Array(capacity);
  let offsetOf = new Int32Array(capacity);
  const push = (ch: string, nodeIndex: number, offset: number): void => {
    if (n >= capacity) {
      capacity = Math.min(max, capacity * 2);
      const grownNodes = new Int32Array(capacity);
      grownNodes.set(nodeOf);
      nodeOf = grownNodes;
      const grownOffsets = new Int32Array(capacity);
      grownOffsets.set(offsetOf);
      offsetOf = grownOffsets;
    }
    chars.push(ch);
    nodeOf[n] = nodeIndex;
    offsetOf[n] = offset;
    n++;
  };
  const nodes: Text[] = [];
  let lastSpace = true; // trims leading whitespace
  let truncated = false;

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType !== 1) return 1; // FILTER_ACCEPT
      const el = node as Element;
      if (el === options.exclude || SKIP.has(el.localName)) return 2; // FILTER_REJECT: skip subtree
      return BREAKS.has(el.localName) ? 1 : 3; // accept block starts (still descends); skip inline ones
    },
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      // `<br>` and a new block read as a space, as in the extraction.
      if (!lastSpace && n < max) {
        push(' ', -1, 0);
        lastSpace = true;
      }
      continue;
    }
    const value = node.nodeValue ?? '';
    const nodeIndex = nodes.length;
    nodes.push(node as Text);
    for (let i = 0; i < value.length; i++) {
      if (n >= max) {
        truncated = true;
        break;
      }
      const ch = value[i] as string;
      if (INVISIBLE.test(ch)) continue;
      if (SPACE.test(ch)) {
        if (lastSpace) continue;
        lastSpace = true;
        push(' ', nodeIndex, i);
      } else {
        lastSpace = false;
        push(ch, nodeIndex, i);
      }
    }
    if (truncated) break;
  }
  return {
    text: chars.join(''),
    nodes,
    nodeOf: nodeOf.subarray(0, n),
    offsetOf: offsetOf.subarray(0, n),
    truncated,
  };
}

/**
 * Where each sentence is in the index, or null. Claims come in document order, so each
 * search starts after the previous find (a headline repeated in a teaser is not taken for
 * the body's sentence); a sentence not found after it is looked for from the top.
 */
export function locateSentences(
  index: TextIndex,
  sentences: readonly string[],
): Array<Span | null> {
  let from = 0;
  let previous: { needle: string; span: Span | null } | null = null;
  return sentences.map((sentence) => {
    const needle = sentence.trim();
    if (!needle) return null;
    // Two claims in one sentence ("X said A, while Y said B") share its place in the page.
    if (previous?.needle === needle) return previous.span;
    const span = find(needle);
    previous = { needle, span };
    return span;
  });

  function find(needle: string): Span | null {
    let at = index.text.indexOf(needle, from);
    if (at < 0) at = index.text.indexOf(needle);
    if (at < 0) return null;
    from = at + needle.length;
    return { start: at, end: at + needle.length };
  }
}

/** A Range over the original text nodes for a span of the index; null if the nodes are gone. */
export function rangeFor(index: TextIndex, span: Span, doc: Document): Range | null {
  let first = span.start;
  let last = span.end - 1;
  // Spans start and end on text, but a `<br>` space has no node of its own: step inwards.
  while (first <= last && (index.nodeOf[first] ?? -1) < 0) first++;
  while (last >= first && (index.nodeOf[last] ?? -1) < 0) last--;
  if (first > last) return null;
  const startNode = index.nodes[index.nodeOf[first] ?? -1];
  const endNode = index.nodes[index.nodeOf[last] ?? -1];
  if (!startNode || !endNode || !startNode.isConnected || !endNode.isConnected) return null;
  try {
    const range = doc.createRange();
    range.setStart(startNode, index.offsetOf[first] ?? 0);
    range.setEnd(endNode, Math.min((index.offsetOf[last] ?? 0) + 1, endNode.length));
    return range;
  } catch {
    return null; // the page changed the text under us
  }
}
