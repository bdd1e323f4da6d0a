// @vitest-environment happy-dom
/**
 * The page highlighter as a reader and a trainer use it (issue 12): "show in page" marks the
 * sentence with highlighting off, the card waits for the scroll to end, source and cue words
 * are marked inside the sentence, N/P step through the marks, the legend explains the lines
 * and can be collapsed and moved, and a direction override in a source is shown.
 * The shadow root is opened for the test so its contents can be read.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Claim } from '@/core/report';
import { createPageHighlighter, type LocatedClaim } from '@/utils/highlight';
import { CUE_MARK, FOCUS, SOURCE_MARK } from '@/utils/highlight-style';
import { claim } from '../runtime/fixtures';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const t = (key: string) => (key === 'page_mark_label' ? 'Claim $1' : `[${key}]`);
let registry: Map<string, FakeHighlight>;

function rangeOver(id: string): Range {
  const r = document.createRange();
  r.selectNodeContents(document.getElementById(id)!);
  return r;
}

function withSource(c: Claim, text: string, cue: string): Claim {
  return { ...c, cue, source: { ...c.source, text } };
}

function located(): LocatedClaim[] {
  return [
    {
      claim: withSource(
        claim('c1', 'unnamed_official', ['unnamed_source'], 'Two officials said the plan failed.'),
        'Two officials',
        'said',
      ),
      range: rangeOver('a'),
    },
    {
      claim: withSource(
        claim('c2', 'state_media', ['state_media'], 'According to KCNA, the test worked.'),
        'KCNA',
        'According to',
      ),
      range: rangeOver('b'),
    },
    {
      claim: withSource(
        claim('c3', 'named_person', [], 'Dewi Lestari said so.'),
        'Dewi\u202eLestari',
        'said',
      ),
      range: rangeOver('c'),
    },
  ];
}

const texts = (name: string) =>
  registry.get(name)?.ranges.map((r) => r.toString().replace(/\s+/g, ' ')) ?? [];

function ui(): ShadowRoot {
  const host = document.querySelector('sumber-ui') as HTMLElement & {
    shadowRoot: ShadowRoot | null;
  };
  expect(host?.shadowRoot).toBeTruthy();
  return host.shadowRoot!;
}

beforeEach(() => {
  vi.useFakeTimers();
  document.head.innerHTML = '';
  document.body.innerHTML =
    '<p id="a">Two   officials\nsaid the plan failed.</p><p id="b">According to <b>KCNA</b>, the test worked.</p><p id="c">Dewi Lestari said so.</p><input id="field">';
  registry = new Map();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
    this: Element,
    init: ShadowRootInit,
  ) {
    return attach.call(this, { ...init, mode: 'open' });
  });
  vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Object.assign(window, { CSS: undefined, Highlight: undefined });
});

describe('show in page with highlighting off', () => {
  it('injects the ::highlight() style for the focus mark', () => {
    const h = createPageHighlighter(document);
    expect(h.focusClaim('c2', located(), t)).toBe(true);
    expect(texts(FOCUS)).toEqual(['According to KCNA, the test worked.']);
    expect(document.querySelector('style[data-sumber]')?.textContent).toContain(
      `::highlight(${FOCUS})`,
    );
    h.hide();
  });

  it('places the card when the scroll ends, not after a fixed delay', () => {
    const rect = {
      top: 2400,
      bottom: 2420,
      left: 40,
      right: 400,
      width: 360,
      height: 20,
      x: 40,
      y: 2400,
      toJSON: () => ({}),
    };
    const claims = located();
    vi.spyOn(claims[1]!.range!, 'getBoundingClientRect').mockImplementation(() => rect as DOMRect);
    const h = createPageHighlighter(document);
    h.focusClaim('c2', claims, t);
    const card = ui().querySelector<HTMLElement>('.card')!;
    // A long smooth scroll is still running: scrollY keeps changing between checks.
    for (let y = 1; y <= 4; y++) {
      window.scrollY = y * 500;
      vi.advanceTimersByTime(400);
      expect(card.hidden, `at ${y * 400} ms`).toBe(true);
    }
    rect.top = 240;
    rect.bottom = 260;
    window.dispatchEvent(new Event('scrollend'));
    expect(card.hidden).toBe(false);
    expect(parseFloat(card.style.top)).toBe(276);
    expect(card.textContent).toContain('Claim 2');
    h.hide();
    window.scrollY = 0;
  });

  it('without scrollend, places the card once the position stops changing', () => {
    const h = createPageHighlighter(document);
    const claims = located();
    vi.spyOn(claims[0]!.range!, 'getBoundingClientRect').mockImplementation(
      () => ({ top: 900, bottom: 920, left: 10 }) as DOMRect,
    );
    h.focusClaim('c1', claims, t);
    const card = ui().querySelector<HTMLElement>('.card')!;
    expect(card.hidden).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(card.hidden).toBe(false);
    h.hide();
  });
});

describe('trainer marks', () => {
  it('marks the source and the cue words inside each sentence', () => {
    const h = createPageHighlighter(document);
    h.show(located(), t);
    expect(texts(SOURCE_MARK)).toEqual(['Two officials', 'KCNA']);
    expect(texts(CUE_MARK)).toEqual(['said', 'According to', 'said']);
    h.hide();
    expect(registry.size).toBe(0);
  });

  it('N and P step through the marks in article order; typing in a field does not', () => {
    const h = createPageHighlighter(document);
    h.show(located(), t);
    const key = (k: string, target: EventTarget = document.body) =>
      target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('n');
    expect(texts(FOCUS)).toEqual(['Two officials said the plan failed.']);
    key('n');
    expect(texts(FOCUS)).toEqual(['According to KCNA, the test worked.']);
    key('p');
    expect(texts(FOCUS)).toEqual(['Two officials said the plan failed.']);
    key('n', document.getElementById('field')!);
    expect(texts(FOCUS)).toEqual(['Two officials said the plan failed.']);
    h.hide();
  });
});

describe('legend', () => {
  it('explains the lines and the marks, with big swatches, and can be collapsed and moved', () => {
    const h = createPageHighlighter(document);
    h.show(located(), t);
    const root = ui();
    const legend = () => root.querySelector<HTMLElement>('.legend')!;
    expect(legend().textContent).toContain('[page_legend_lines]');
    expect(legend().textContent).toContain('[page_legend_marks]');
    expect(legend().textContent).toContain('[page_keys]');
    expect(root.querySelector('style')?.textContent).toMatch(/\.sw\{[^}]*width:36px;height:20px/);
    expect(root.querySelector('style')?.textContent).toMatch(/\.legend,\.card\{[^}]*font:15px/);
    const collapse = root.querySelector<HTMLButtonElement>('[data-action="collapse"]')!;
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    collapse.click();
    expect(legend().querySelector<HTMLElement>('.body')!.hidden).toBe(true);
    expect(root.querySelector('[data-action="collapse"]')!.getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(legend().classList.contains('left')).toBe(false);
    root.querySelector<HTMLButtonElement>('[data-action="move"]')!.click();
    expect(legend().classList.contains('left')).toBe(true);
    h.hide();
  });

  it('the card shows a direction override in the source instead of obeying it', () => {
    const h = createPageHighlighter(document);
    h.show(located(), t);
    h.focusClaim('c3', located(), t);
    vi.advanceTimersByTime(2000);
    const card = ui().querySelector('.card')!;
    expect(card.textContent).toContain('Dewi⟪U+202E⟫Lestari');
    expect(card.textContent).not.toContain('\u202e');
    h.hide();
  });
});
