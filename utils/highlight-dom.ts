/**
 * Small DOM helpers of the page highlighter: the CSS Custom Highlight API when the browser has
 * it, where the caret is under the pointer, whether a key press belongs to a text field, and
 * when a smooth scroll has come to rest.
 */

/** Typing in a field is not stepping through claims. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return (
    el.isContentEditable ||
    el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null
  );
}

/** The text position under the point, by whichever caret API the browser has. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | null = null;
  let offset = 0;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    if (pos) ({ offsetNode: node, offset } = pos);
  } else if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  return node && node.nodeType === 3 ? { node, offset } : null;
}

/**
 * Runs `then` once, when the scroll has come to rest: on `scrollend`, or when the position
 * has not changed between two checks `settleMs` apart (browsers without the event). A long
 * smooth scroll outlasts any fixed delay, so no fixed delay is used. Returns a canceller.
 */
export function whenScrollEnds(win: Window, then: () => void, settleMs: number): () => void {
  let done = false;
  let timer = 0;
  let lastY = win.scrollY;
  const stop = () => {
    done = true;
    win.removeEventListener('scrollend', finish);
    win.clearTimeout(timer);
  };
  function finish(): void {
    if (done) return;
    stop();
    then();
  }
  const check = () => {
    if (win.scrollY === lastY) finish();
    else {
      lastY = win.scrollY;
      timer = win.setTimeout(check, settleMs);
    }
  };
  win.addEventListener('scrollend', finish);
  timer = win.setTimeout(check, settleMs);
  return stop;
}

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

/** The Custom Highlight API (`CSS.highlights`, `Highlight`), or null where it is missing. */
export function highlightApi(
  win: Window,
): { registry: HighlightRegistry; create: (...ranges: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown })
    .Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, create: (...ranges) => new HighlightCtor(...ranges) };
}
