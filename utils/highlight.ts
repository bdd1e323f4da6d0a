/**
 * Marking claims in the page without touching the page's DOM: the CSS Custom Highlight API
 * (one highlight per source kind, styled by `::highlight(sumber-<kind>)` rules in one
 * `<style>`), plus a small legend and a claim card in a closed shadow root, so page CSS
 * cannot reach them and they cannot leak into the page. Where the API is missing (older
 * Firefox) nothing is marked; the legend, the card and scrolling still work.
 */
// Types only: importing values from core/report would build every report schema on every page.
import type { Claim, SourceKind } from '@/core/report';

export interface LocatedClaim {
  claim: Claim;
  /** Where the sentence is in the page; null when it could not be found again. */
  range: Range | null;
}

/** Message key -> text in the user's UI language (falls back to the key's own text upstream). */
export type Translate = (key: string) => string;

export interface PageHighlighter {
  /** True when the browser can mark text without changing the DOM. */
  readonly supported: boolean;
  /** Marks every located claim and shows the legend. */
  show(claims: readonly LocatedClaim[], t: Translate): void;
  /** Scrolls the claim's sentence into view, flashes it and shows its card; false if not found. */
  focusClaim(id: string, claims: readonly LocatedClaim[], t: Translate): boolean;
  /** Removes marks, legend and card. */
  hide(): void;
}

const PREFIX = 'sumber-';
const FOCUS = `${PREFIX}focus`;

/**
 * Colours from the Okabe-Ito palette (distinguishable with the common colour-vision
 * deficiencies), each paired with its own underline style so colour is never the only cue;
 * the legend names each kind in words.
 */
export const KIND_STYLES: Record<SourceKind, { color: string; line: 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy' }> = {
  named_person: { color: '#56b4e9', line: 'solid' },
  official_body: { color: '#0072b2', line: 'double' },
  organization: { color: '#009e73', line: 'solid' },
  state_media: { color: '#d55e00', line: 'wavy' },
  media: { color: '#cc79a7', line: 'double' },
  unnamed_official: { color: '#e69f00', line: 'wavy' },
  anonymous: { color: '#f0e442', line: 'dashed' },
  document: { color: '#999999', line: 'dotted' },
  unattributed: { color: '#882255', line: 'dotted' },
};

/** `#rrggbb` + alpha as `rgb(r g b / a)`. */
/** Kinds in the report's order (the Record type above makes the list complete). */
const KINDS = Object.keys(KIND_STYLES) as SourceKind[];

function tint(hex: string, alpha: number): string {
  const v = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(v >> 16) & 255} ${(v >> 8) & 255} ${v & 255} / ${alpha})`;
}

export function highlightCss(): string {
  const rules = KINDS.map((kind) => {
    const { color, line } = KIND_STYLES[kind];
    return `::highlight(${PREFIX}${kind}){background-color:${tint(color, 0.28)};text-decoration:underline ${line} ${color};text-decoration-thickness:2px}`;
  });
  rules.push(`::highlight(${FOCUS}){background-color:rgb(255 214 0 / 0.85);color:#000}`);
  return rules.join('\n');
}

const UI_CSS = `
:host{all:initial}
.legend{position:fixed;right:16px;bottom:16px;z-index:2147483647;max-width:280px;background:#fff;color:#1f2937;
 border:1px solid #d1d5db;border-radius:10px;box-shadow:0 6px 24px rgb(0 0 0 / .18);padding:10px 12px;
 font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.head{display:flex;align-items:center;gap:8px;margin-bottom:6px}
.title{font-weight:600;flex:1}
button{font:inherit;color:inherit;background:#f3f4f6;border:1px solid #d1d5db;border-radius:6px;padding:2px 8px;cursor:pointer}
button:hover{background:#e5e7eb}
button:focus-visible{outline:2px solid #1d4ed8;outline-offset:2px}
ul{list-style:none;margin:0;padding:0}
li{display:flex;align-items:center;gap:8px;padding:1px 0}
.sw{display:inline-block;width:22px;height:12px;border-radius:3px;text-decoration-thickness:2px}
.count{margin-left:auto;color:#4b5563}
.nav{display:flex;gap:6px;margin-top:8px}
.note{margin-top:6px;color:#4b5563}
.card{position:fixed;z-index:2147483647;max-width:320px;background:#111827;color:#f9fafb;border-radius:8px;padding:8px 10px;
 font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 6px 24px rgb(0 0 0 / .3);pointer-events:none}
.card[hidden]{display:none}
.card .kind{font-weight:600}
.card .flag{display:inline-block;margin-left:6px;padding:0 6px;border-radius:999px;background:#fbbf24;color:#111827;font-size:12px}
.card ul{margin-top:4px;padding-left:16px;list-style:disc}
.card li{display:list-item;padding:0}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-color-scheme: dark){.legend{background:#1f2937;color:#f3f4f6;border-color:#4b5563}
 button{background:#374151;border-color:#6b7280}button:hover{background:#4b5563}.count,.note{color:#d1d5db}}
`;

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

function highlightApi(win: Window): { registry: HighlightRegistry; create: (...ranges: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const HighlightCtor = (win as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof HighlightCtor !== 'function') return null;
  return { registry: css.highlights, create: (...ranges) => new HighlightCtor(...ranges) };
}

export function createPageHighlighter(doc: Document, options: { onClose?: () => void } = {}): PageHighlighter {
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
  let marked: readonly LocatedClaim[] = [];
  let translate: Translate = (key) => key;
  let current = -1;
  let flashTimer = 0;
  let hoverFrame = 0;
  let cardTimer = 0;
  /** True while the legend is shown (highlighting on); otherwise a focused claim's card fades. */
  let showing = false;

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
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
    shadow.append(css);
    card = el('div', 'card');
    card.hidden = true;
    card.setAttribute('role', 'tooltip');
    live = el('div', 'sr');
    live.setAttribute('aria-live', 'polite');
    shadow.append(card, live);
    doc.documentElement.append(host);
    return shadow;
  }

  function renderLegend(claims: readonly LocatedClaim[]): void {
    const root = ensureUi();
    root.querySelector('.legend')?.remove();
    const t = translate;
    const box = el('section', 'legend');
    box.setAttribute('aria-label', t('page_legend_title'));
    const head = el('div', 'head');
    head.append(el('span', 'title', t('page_legend_title')));
    const close = el('button', undefined, '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('page_close'));
    close.title = t('page_close');
    close.addEventListener('click', () => options.onClose?.());
    head.append(close);
    box.append(head);

    const counts = new Map<SourceKind, number>();
    for (const { claim } of claims) counts.set(claim.source.kind, (counts.get(claim.source.kind) ?? 0) + 1);
    const list = el('ul');
    for (const kind of KINDS) {
      const count = counts.get(kind);
      if (!count) continue;
      const { color, line } = KIND_STYLES[kind];
      const item = el('li');
      const swatch = el('span', 'sw');
      swatch.style.background = tint(color, 0.28);
      swatch.style.textDecoration = `underline ${line} ${color}`;
      swatch.style.borderBottom = `3px ${line === 'wavy' ? 'dashed' : line} ${color}`;
      swatch.setAttribute('aria-hidden', 'true');
      item.append(swatch, el('span', undefined, t(`kind_${kind}`)), el('span', 'count', String(count)));
      list.append(item);
    }
    box.append(list);
    const missing = claims.filter((c) => !c.range).length;
    if (!getApi() || missing > 0) {
      box.append(el('p', 'note', !getApi() ? t('page_no_marking') : t('page_not_found').replace('$1', String(missing))));
    }
    if (claims.length > 0) {
      const nav = el('div', 'nav');
      const prev = el('button', undefined, t('page_prev'));
      const next = el('button', undefined, t('page_next'));
      prev.type = next.type = 'button';
      prev.addEventListener('click', () => step(-1));
      next.addEventListener('click', () => step(1));
      nav.append(prev, next);
      box.append(nav);
    }
    root.insertBefore(box, card);
  }

  function step(delta: number): void {
    if (marked.length === 0) return;
    current = (current + delta + marked.length) % marked.length;
    const target = marked[current];
    if (target) focusLocated(target, true);
  }

  function describe(claim: Claim): void {
    if (!card) return;
    const t = translate;
    card.replaceChildren();
    const head = el('div');
    head.append(el('span', 'kind', t(`kind_${claim.source.kind}`)));
    head.append(el('span', undefined, ` · ${t(`strength_${claim.strength}`)}`));
    for (const flag of claim.flags) head.append(el('span', 'flag', t(`flag_${flag}`)));
    card.append(head);
    if (claim.source.text) card.append(el('div', undefined, `“${claim.source.text}”`));
    if (claim.reasons.length > 0) {
      const reasons = el('ul');
      for (const reason of claim.reasons) reasons.append(el('li', undefined, t(`reason_${reason}`)));
      card.append(reasons);
    }
    if (live) live.textContent = card.textContent;
  }

  function placeCard(x: number, y: number): void {
    if (!card) return;
    card.hidden = false;
    const width = Math.min(320, win.innerWidth - 16);
    card.style.left = `${Math.max(8, Math.min(x, win.innerWidth - width - 8))}px`;
    // Below the point when there is room, above it otherwise.
    const below = y + 16;
    card.style.top = below + 140 < win.innerHeight ? `${below}px` : `${Math.max(8, y - 150)}px`;
  }

  function setFocusRange(range: Range | null): void {
    const api = getApi();
    if (!api) return;
    if (range) api.registry.set(FOCUS, api.create(range));
    else api.registry.delete(FOCUS);
  }

  function focusLocated(target: LocatedClaim, scroll: boolean): boolean {
    ensureUi();
    describe(target.claim);
    const range = target.range;
    if (!range) {
      placeCard(16, 16);
      return false;
    }
    if (scroll) {
      const rect = range.getBoundingClientRect();
      const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      win.scrollBy({ top: rect.top - win.innerHeight / 3, behavior: reduced ? 'auto' : 'smooth' });
    }
    // Blink three times, then stay marked while the card is shown.
    win.clearTimeout(flashTimer);
    let blinks = 0;
    const blink = (): void => {
      setFocusRange(blinks % 2 === 0 ? range : null);
      if (++blinks < 6) flashTimer = win.setTimeout(blink, 220);
      else setFocusRange(range);
    };
    blink();
    // Place the card once the smooth scroll has settled.
    win.setTimeout(() => {
      const rect = range.getBoundingClientRect();
      placeCard(rect.left, rect.bottom);
    }, scroll ? 400 : 0);
    win.clearTimeout(cardTimer);
    if (!showing) cardTimer = win.setTimeout(dismiss, 8000);
    return true;
  }

  function dismiss(): void {
    if (card) card.hidden = true;
    setFocusRange(null);
    win.clearTimeout(flashTimer);
    current = -1;
    if (!showing) {
      host?.remove();
      host = shadow = card = live = null;
    }
  }

  function onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && card && !card.hidden) dismiss();
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
    if (!node || node.nodeType !== 3) return null;
    for (const located of marked) {
      try {
        if (located.range?.isPointInRange(node, offset)) return located;
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
    api.registry.delete(FOCUS);
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
        // Reuse a style left by an earlier instance of this script (extension update).
        if (!style?.isConnected) style = doc.querySelector<HTMLStyleElement>('style[data-sumber]');
        if (!style) {
          style = el('style');
          style.setAttribute('data-sumber', '');
          style.textContent = highlightCss();
          (doc.head ?? doc.documentElement).append(style);
        }
        const byKind = new Map<SourceKind, Range[]>();
        for (const { claim, range } of claims) {
          if (!range) continue;
          const list = byKind.get(claim.source.kind) ?? [];
          list.push(range);
          byKind.set(claim.source.kind, list);
        }
        for (const [kind, ranges] of byKind) api.registry.set(`${PREFIX}${kind}`, api.create(...ranges));
      }
      showing = true;
      renderLegend(claims);
      doc.addEventListener('mousemove', onPointerMove, { passive: true });
      doc.addEventListener('keydown', onKey);
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
      doc.removeEventListener('mousemove', onPointerMove);
      doc.removeEventListener('keydown', onKey);
      style?.remove();
      style = null;
      host?.remove();
      host = shadow = card = live = null;
      marked = [];
      current = -1;
    },
  };
}
