/**
 * Marking claims in the page without touching the page's DOM: the CSS Custom Highlight API
 * (one highlight per source kind, plus the source and cue words inside each sentence, styled
 * by `::highlight()` rules in one `<style>`), and a legend, numbered marks and a claim card
 * in a closed shadow root, so page CSS cannot reach them and they cannot leak into the page.
 * Where the API is missing (older Firefox) nothing is marked; the legend, the numbers, the
 * card and scrolling still work.
 */
// Types only: importing values from core/report would build every report schema on every page.
import type { Claim, SourceKind } from '@/core/report';
import { cardContent, cardPlace } from './highlight-card';
import { buildLegend, type Translate } from './highlight-legend';
import {
  CUE_MARK,
  FOCUS,
  highlightCss,
  KINDS,
  PREFIX,
  SOURCE_MARK,
  UI_CSS,
} from './highlight-style';
import { caretAt, highlightApi, isTyping, whenScrollEnds } from './highlight-dom';
import { wordsIn } from './highlight-words';

export { highlightCss, KIND_STYLES } from './highlight-style';
export type { Translate } from './highlight-legend';

export interface LocatedClaim {
  claim: Claim;
  /** Where the sentence is in the page; null when it could not be found again. */
  range: Range | null;
}

export interface PageHighlighter {
  /** True when the browser can mark text without changing the DOM. */
  readonly supported: boolean;
  /** Marks every located claim, numbers the marks and shows the legend. */
  show(claims: readonly LocatedClaim[], t: Translate): void;
  /** Scrolls the claim's sentence into view, flashes it and shows its card; false if not found. */
  focusClaim(id: string, claims: readonly LocatedClaim[], t: Translate): boolean;
  /** Removes marks, legend, numbers and card. */
  hide(): void;
}

/** How long to wait for `scrollend` before placing the card anyway (browsers without it). */
const SCROLL_SETTLE_MS = 700;

export function createPageHighlighter(
  doc: Document,
  options: { onClose?: () => void } = {},
): PageHighlighter {
  const win = doc.defaultView as Window;
  // Looked up on first use: the first touch of `CSS` in the content script's world is not
  // free, and most pages never show a mark.
  let apiChecked = false;
  let apiValue: ReturnType<typeof highlightApi> = null;
  const getApi = (): ReturnType<typeof highlightApi> => {
    if (!apiChecked) {
      apiValue = highlightApi(win);
      apiChecked = true;
    }
    return apiValue;
  };
  let style: HTMLStyleElement | null = null;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let card: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let numbers: HTMLElement | null = null;
  let marked: readonly LocatedClaim[] = [];
  let translate: Translate = (key) => key;
  let current = -1;
  let flashTimer = 0;
  let hoverFrame = 0;
  let layoutFrame = 0;
  let cardTimer = 0;
  let stopSettle: () => void = () => {};
  let collapsed = false;
  let left = false;
  /** True while the legend is shown (highlighting on); otherwise a focused claim's card fades. */
  let showing = false;

  function el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    cls?: string,
    text?: string,
  ): HTMLElementTagNameMap[K] {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    // textContent only: page text never becomes markup.
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ensureUi(): ShadowRoot {
    if (shadow && host?.isConnected) return shadow;
    // A legend left by an earlier instance of this script (extension update) is unreachable: drop it.
    doc.querySelectorAll('sumber-ui[data-sumber]').forEach((stale) => stale.remove());
    host = doc.createElement('sumber-ui');
    host.setAttribute('data-sumber', '');
    shadow = host.attachShadow({ mode: 'closed' });
    const css = el('style');
    css.textContent = UI_CSS;
    numbers = el('div', 'nums');
    numbers.setAttribute('aria-hidden', 'true');
    card = el('div', 'card');
    card.hidden = true;
    card.setAttribute('role', 'tooltip');
    live = el('div', 'sr');
    live.setAttribute('aria-live', 'polite');
    shadow.append(css, numbers, card, live);
    doc.documentElement.append(host);
    return shadow;
  }

  /** The `::highlight()` rules: needed by "show in page" even when highlighting is off. */
  function ensureStyle(): void {
    if (!getApi()) return;
    // Reuse a style left by an earlier instance of this script (extension update).
    if (!style?.isConnected) style = doc.querySelector<HTMLStyleElement>('style[data-sumber]');
    if (style) return;
    style = el('style');
    style.setAttribute('data-sumber', '');
    style.textContent = highlightCss();
    (doc.head ?? doc.documentElement).append(style);
  }

  function renderLegend(): void {
    const root = ensureUi();
    root.querySelector('.legend')?.remove();
    const counts = new Map<SourceKind, number>();
    for (const { claim } of marked)
      counts.set(claim.source.kind, (counts.get(claim.source.kind) ?? 0) + 1);
    const missing = marked.filter((c) => !c.range).length;
    const note = !getApi()
      ? translate('page_no_marking')
      : missing > 0
        ? translate('page_not_found').replace('$1', String(missing))
        : null;
    const legend = buildLegend(doc, {
      t: translate,
      counts,
      note,
      collapsed,
      left,
      onClose: () => options.onClose?.(),
      onStep: step,
      onCollapse: (value) => {
        collapsed = value;
        renderLegend();
        root.querySelector<HTMLElement>('[data-action="collapse"]')?.focus();
      },
      onMove: (value) => {
        left = value;
        renderLegend();
        root.querySelector<HTMLElement>('[data-action="move"]')?.focus();
      },
    });
    root.insertBefore(legend, card);
  }

  /** A number at the start of each marked sentence: the claim's number in the popup. */
  function layoutNumbers(): void {
    layoutFrame = 0;
    if (!numbers) return;
    numbers.replaceChildren();
    marked.forEach(({ range }, i) => {
      const rect = range?.getClientRects()[0];
      if (!rect) return;
      const label = el('span', 'num', String(i + 1));
      label.style.left = `${rect.left + win.scrollX}px`;
      label.style.top = `${rect.top + win.scrollY}px`;
      numbers?.append(label);
    });
  }

  function onResize(): void {
    if (!layoutFrame) layoutFrame = win.requestAnimationFrame(layoutNumbers);
  }

  function step(delta: number): void {
    if (marked.length === 0) return;
    current = (current + delta + marked.length) % marked.length;
    const target = marked[current];
    if (target) focusLocated(target, true);
  }

  function describe(claim: Claim): void {
    if (!card) return;
    const number = marked.findIndex((m) => m.claim.id === claim.id) + 1;
    card.replaceChildren(...cardContent(doc, claim, number, translate));
    if (live) live.textContent = card.textContent;
  }

  function placeCard(x: number, y: number): void {
    if (!card) return;
    card.hidden = false;
    const { left, top } = cardPlace(win, x, y);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  function setFocusRange(range: Range | null): void {
    const api = getApi();
    if (!api) return;
    if (range) api.registry.set(FOCUS, api.create(range));
    else api.registry.delete(FOCUS);
  }

  function afterScroll(then: () => void): void {
    stopSettle();
    stopSettle = whenScrollEnds(win, then, SCROLL_SETTLE_MS);
  }

  function focusLocated(target: LocatedClaim, scroll: boolean): boolean {
    ensureUi();
    ensureStyle();
    describe(target.claim);
    const range = target.range;
    if (!range) {
      placeCard(16, 16);
      return false;
    }
    const place = () => {
      const rect = range.getBoundingClientRect();
      placeCard(rect.left, rect.bottom);
    };
    if (card) card.hidden = true;
    if (scroll) {
      const rect = range.getBoundingClientRect();
      const distance = rect.top - win.innerHeight / 3;
      const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      if (Math.abs(distance) >= 1) {
        // The card waits for the scroll to end: a long smooth scroll outlasts any fixed delay.
        afterScroll(place);
        win.scrollBy({ top: distance, behavior: reduced ? 'auto' : 'smooth' });
      } else place();
    } else place();
    // Blink three times, then stay marked while the card is shown.
    win.clearTimeout(flashTimer);
    let blinks = 0;
    const blink = (): void => {
      setFocusRange(blinks % 2 === 0 ? range : null);
      if (++blinks < 6) flashTimer = win.setTimeout(blink, 220);
      else setFocusRange(range);
    };
    blink();
    win.clearTimeout(cardTimer);
    if (!showing) cardTimer = win.setTimeout(dismiss, 8000);
    return true;
  }

  function dismiss(): void {
    if (card) card.hidden = true;
    setFocusRange(null);
    win.clearTimeout(flashTimer);
    stopSettle();
    current = -1;
    if (!showing) {
      host?.remove();
      host = shadow = card = live = numbers = null;
    }
  }

  function onKey(event: KeyboardEvent): void {
    // Escape also cancels a card still waiting for its scroll to end.
    if (event.key === 'Escape' && ((card && !card.hidden) || current >= 0)) {
      dismiss();
      return;
    }
    // A trainer steps through the marks: N / J next, P / K previous (no modifier, not typing).
    if (!showing || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
      return;
    const key = event.key.toLowerCase();
    if (key === 'n' || key === 'j') step(1);
    else if (key === 'p' || key === 'k') step(-1);
  }

  /** Hover: which marked claim is under the pointer (checked once per frame). */
  function onPointerMove(event: MouseEvent): void {
    if (hoverFrame) return;
    const { clientX, clientY } = event;
    hoverFrame = win.requestAnimationFrame(() => {
      hoverFrame = 0;
      const hit = claimAt(clientX, clientY);
      if (hit) {
        describe(hit.claim);
        placeCard(clientX, clientY);
      } else if (card && current < 0) card.hidden = true;
    });
  }

  function claimAt(x: number, y: number): LocatedClaim | null {
    const point = caretAt(doc, x, y);
    if (!point) return null;
    for (const located of marked) {
      try {
        if (located.range?.isPointInRange(point.node, point.offset)) return located;
      } catch {
        // a range in another tree: not ours
      }
    }
    return null;
  }

  function clearMarks(): void {
    if (!apiChecked) return; // nothing was ever marked
    const api = getApi();
    if (!api) return;
    for (const kind of KINDS) api.registry.delete(`${PREFIX}${kind}`);
    for (const name of [SOURCE_MARK, CUE_MARK, FOCUS]) api.registry.delete(name);
  }

  function markAll(api: NonNullable<ReturnType<typeof highlightApi>>): void {
    const byKind = new Map<SourceKind, Range[]>();
    const sources: Range[] = [];
    const cues: Range[] = [];
    for (const { claim, range } of marked) {
      if (!range) continue;
      const list = byKind.get(claim.source.kind) ?? [];
      list.push(range);
      byKind.set(claim.source.kind, list);
      // The source and the cue inside the sentence, as the popup marks them.
      const words = wordsIn(doc, range, claim.source.text, claim.cue);
      if (words.source) sources.push(words.source);
      if (words.cue) cues.push(words.cue);
    }
    for (const [kind, ranges] of byKind)
      api.registry.set(`${PREFIX}${kind}`, api.create(...ranges));
    if (sources.length > 0) api.registry.set(SOURCE_MARK, api.create(...sources));
    if (cues.length > 0) api.registry.set(CUE_MARK, api.create(...cues));
  }

  return {
    get supported() {
      return getApi() !== null;
    },
    show(claims, t) {
      translate = t;
      marked = claims;
      current = -1;
      clearMarks();
      const api = getApi();
      if (api) {
        ensureStyle();
        markAll(api);
      }
      showing = true;
      renderLegend();
      layoutNumbers();
      doc.addEventListener('mousemove', onPointerMove, { passive: true });
      doc.addEventListener('keydown', onKey);
      win.addEventListener('resize', onResize);
    },
    focusClaim(id, claims, t) {
      translate = t;
      if (marked.length === 0) marked = claims;
      const index = claims.findIndex((c) => c.claim.id === id);
      const target = claims[index];
      if (!target) return false;
      current = marked.indexOf(target);
      doc.addEventListener('keydown', onKey);
      return focusLocated(target, true);
    },
    hide() {
      showing = false;
      clearMarks();
      win.clearTimeout(flashTimer);
      win.clearTimeout(cardTimer);
      stopSettle();
      if (layoutFrame) win.cancelAnimationFrame(layoutFrame);
      layoutFrame = 0;
      doc.removeEventListener('mousemove', onPointerMove);
      doc.removeEventListener('keydown', onKey);
      win.removeEventListener('resize', onResize);
      style?.remove();
      style = null;
      host?.remove();
      host = shadow = card = live = numbers = null;
      marked = [];
      current = -1;
    },
  };
}
