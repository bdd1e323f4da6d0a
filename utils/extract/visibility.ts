/**
 * What a reader can see, in a real browser: a story block hidden by the page's stylesheet
 * is not analysed (eight hidden "named source" paragraphs must not lift a page's score).
 * Asked only of the story's block elements during the walk, after the gate: one style
 * recalculation and one layout for the page, then cheap reads per block.
 *
 * The CLI (linkedom) has no styles or layout: it decides what it can from the markup
 * (walk.ts: `hidden`, inline styles, closed <details>).
 */

/** checkVisibility options this file uses (older lib.dom typings lack the newer names). */
interface VisibilityOptions {
  opacityProperty?: boolean;
  visibilityProperty?: boolean;
}
type Checkable = Element & { checkVisibility?: (options?: VisibilityOptions) => boolean };

/** A clip that shows nothing: inset(50%) and more, a zero circle, a zero rect. */
const CLIPPED_AWAY = /^(?:inset\((?:[5-9]\d|100)%|circle\(0(?:px)?[ )]|ellipse\(0(?:px)? )/;
const ZERO_RECT = /^rect\(0(?:px)?,? 0(?:px)?,? 0(?:px)?,? 0(?:px)?\)$/;
const TRANSPARENT = /^(?:transparent|rgba\(\d+, \d+, \d+, 0\))$/;
/** What checkVisibility is asked: one object for every call (each call reads its members). */
const RENDERED: VisibilityOptions = { opacityProperty: true, visibilityProperty: true };
const ZERO = 48; // "0"
const OPEN_PAREN = 40; // "(" of "rgb(": an opaque colour, TRANSPARENT cannot match
/** A box this far right of the window is off-screen on purpose (pages rarely scroll sideways). */
const OFF_PAGE_PX = 1_000;

/** The window's scroll offsets and width, read once per task (see viewOf). */
interface ViewMetrics {
  view: Window;
  scrollX: number;
  scrollY: number;
  innerWidth: number;
}
let metrics: ViewMetrics | null = null;

/**
 * The window's scroll position and width for the off-screen test. Each read asks the
 * browser again (about as dear as the block's own box), and a walk asks for every block:
 * they are read once and kept until the current task's microtasks run. A synchronous walk
 * changes nothing on the page, so nothing can move them before then.
 */
function viewOf(view: Window): ViewMetrics {
  if (metrics !== null && metrics.view === view) return metrics;
  metrics = { view, scrollX: view.scrollX, scrollY: view.scrollY, innerWidth: view.innerWidth };
  queueMicrotask(() => (metrics = null));
  return metrics;
}

/** Why a block is hidden ('display', 'opacity', 'font-size'...), or null when it shows. */
export function hiddenReason(el: Element): string | null {
  const view = el.ownerDocument?.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  const checkable = el as Checkable;
  // display:none (also inside a closed <details>), visibility:hidden, opacity:0 up the tree.
  const checked = typeof checkable.checkVisibility === 'function';
  if (checked && !checkable.checkVisibility!(RENDERED)) return 'not-rendered';
  const style = view.getComputedStyle(el);
  // Without checkVisibility (older browsers) the element's own display, visibility and
  // opacity are read; with it they are settled above (each read of a style costs).
  if (!checked) {
    if (style.display === 'none') return 'display';
    if (style.visibility === 'hidden' || style.visibility === 'collapse') return 'visibility';
    if (Number.parseFloat(style.opacity) === 0) return 'opacity';
  }
  // Every block asks these: the common values ("16px", "rgb(...)", "none") are told apart by a
  // character or a comparison, and only the rest is parsed or matched (a computed font size
  // is serialised "<number>px", so a zero one starts with "0").
  const fontSize = style.fontSize;
  if (fontSize.charCodeAt(0) === ZERO && Number.parseFloat(fontSize) === 0) return 'font-size';
  const color = style.color;
  if (color.charCodeAt(3) !== OPEN_PAREN && TRANSPARENT.test(color)) return 'color';
  const clipPath = style.clipPath;
  if (
    (clipPath !== 'none' && CLIPPED_AWAY.test(clipPath)) ||
    (style.position === 'absolute' && ZERO_RECT.test(style.clip))
  )
    return 'clip';
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) {
    // A zero box still shows its text when it overflows visibly.
    if (box.width === 0 && box.height === 0) return 'zero-size';
    if (style.overflow !== 'visible' || style.overflowY !== 'visible') return 'zero-size';
  }
  // Off the page: wholly left of or above its start (no scrolling gets there), or far right.
  const at = viewOf(view);
  const left = box.left + at.scrollX;
  const top = box.top + at.scrollY;
  if (left + box.width <= 0 || top + box.height <= 0 || left >= at.innerWidth + OFF_PAGE_PX)
    return 'off-screen';
  return null;
}

/** For walkBlocks: true when the block shows. */
export function isShown(el: Element): boolean {
  return hiddenReason(el) === null;
}
