/**
 * The in-page legend: each kind present with a swatch that shows its tint and underline,
 * a sentence that explains the underline styles and the marks inside a sentence, the keys,
 * previous/next, and buttons to collapse it or move it to the other side so it never has
 * to cover the text a reader wants. Built with textContent only: page text never becomes markup.
 */
import type { SourceKind } from '@/core/report';
import { KIND_STYLES, KINDS, tint } from './highlight-style';

export type Translate = (key: string) => string;

export interface LegendOptions {
  t: Translate;
  counts: ReadonlyMap<SourceKind, number>;
  /** A note under the list (nothing marked, or claims not found), or null. */
  note: string | null;
  collapsed: boolean;
  left: boolean;
  onClose(): void;
  onStep(delta: number): void;
  onCollapse(collapsed: boolean): void;
  onMove(left: boolean): void;
}

export function buildLegend(doc: Document, o: LegendOptions): HTMLElement {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
    const node = doc.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const button = (text: string, label: string, onClick: () => void) => {
    const b = el('button', undefined, text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', onClick);
    return b;
  };
  const { t } = o;
  const box = el('section', o.left ? 'legend left' : 'legend');
  box.setAttribute('aria-label', t('page_legend_title'));
  const head = el('div', 'head');
  head.append(el('span', 'title', t('page_legend_title')));
  const collapse = button(
    o.collapsed ? '▸' : '▾',
    t(o.collapsed ? 'page_legend_expand' : 'page_legend_collapse'),
    () => o.onCollapse(!o.collapsed),
  );
  collapse.setAttribute('aria-expanded', String(!o.collapsed));
  collapse.dataset.action = 'collapse';
  const move = button(o.left ? '⇥' : '⇤', t('page_legend_move'), () => o.onMove(!o.left));
  move.dataset.action = 'move';
  const close = button('×', t('page_close'), o.onClose);
  head.append(collapse, move, close);
  box.append(head);

  const body = el('div', 'body');
  body.hidden = o.collapsed;
  const list = el('ul');
  for (const kind of KINDS) {
    const count = o.counts.get(kind);
    if (!count) continue;
    const { color, alpha, line, style } = KIND_STYLES[kind];
    const item = el('li');
    item.dataset.kind = kind;
    const swatch = el('span', 'sw');
    swatch.style.background = tint(color, alpha);
    // The swatch's bottom edge draws the kind's underline style (borders have no "wavy").
    swatch.style.borderBottom = `4px ${style === 'wavy' ? 'dashed' : style === 'double' ? 'double' : style} ${line}`;
    if (style === 'double') swatch.style.borderBottomWidth = '5px';
    swatch.setAttribute('aria-hidden', 'true');
    item.append(
      swatch,
      el('span', undefined, t(`kind_${kind}`)),
      el('span', 'count', String(count)),
    );
    list.append(item);
  }
  body.append(
    list,
    el('p', 'note', t('page_legend_lines')),
    el('p', 'note', t('page_legend_marks')),
  );
  if (o.note) body.append(el('p', 'note', o.note));
  const nav = el('div', 'nav');
  nav.append(
    button(t('page_prev'), t('page_prev'), () => o.onStep(-1)),
    button(t('page_next'), t('page_next'), () => o.onStep(1)),
  );
  body.append(nav, el('p', 'note', t('page_keys')));
  box.append(body);
  return box;
}
