/**
 * The source's words and the cue's words inside a marked sentence, as ranges of their own,
 * so the page marks them as the popup does. Whitespace in the page is collapsed the way the
 * report's text is, and the source is looked for first: it is usually longer, and a cue may
 * be part of it ("katanya").
 */
export interface SentenceWords {
  source: Range | null;
  cue: Range | null;
}

interface Point {
  node: Text;
  offset: number;
}

/** The range's text, whitespace collapsed, and where each of its characters is in the DOM. */
function collapsedText(doc: Document, range: Range): { text: string; points: Point[] } {
  const root = range.commonAncestorContainer;
  const walker = doc.createTreeWalker(
    root.nodeType === 3 ? (root.parentNode ?? root) : root,
    4 /* SHOW_TEXT */,
  );
  let text = '';
  const points: Point[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(node)) continue;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    for (let i = start; i < end; i++) {
      const ch = node.data[i]!;
      const space = /\s/.test(ch);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : ch;
      points.push({ node, offset: i });
    }
  }
  return { text, points };
}

function find(
  haystack: string,
  needle: string,
  taken: readonly [number, number][],
): [number, number] | null {
  const target = needle.replace(/\s+/g, ' ').trim().toLowerCase();
  // "-nya" is a clitic, not words of its own: the cue that carries it is marked instead.
  if (target === '' || target.startsWith('-')) return null;
  for (let from = 0; ;) {
    const at = haystack.indexOf(target, from);
    if (at === -1) return null;
    const end = at + target.length;
    if (!taken.some(([s, e]) => at < e && end > s)) return [at, end];
    from = at + 1;
  }
}

function toRange(doc: Document, points: Point[], [start, end]: [number, number]): Range | null {
  const first = points[start];
  const last = points[end - 1];
  if (!first || !last) return null;
  const r = doc.createRange();
  r.setStart(first.node, first.offset);
  r.setEnd(last.node, last.offset + 1);
  return r;
}

export function wordsIn(doc: Document, range: Range, source: string, cue: string): SentenceWords {
  const { text, points } = collapsedText(doc, range);
  const haystack = text.toLowerCase();
  // A few letters lower to two code units ("İ"): offsets would drift, so mark nothing then.
  if (haystack.length !== text.length) return { source: null, cue: null };
  const taken: [number, number][] = [];
  const sourceAt = find(haystack, source, taken);
  if (sourceAt) taken.push(sourceAt);
  const cueAt = find(haystack, cue, taken);
  return {
    source: sourceAt && toRange(doc, points, sourceAt),
    cue: cueAt && toRange(doc, points, cueAt),
  };
}
