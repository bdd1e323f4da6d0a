// @vitest-environment happy-dom
/** The page highlighter with a stand-in for the CSS Custom Highlight API (happy-dom has none). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOURCE_KINDS } from '@/core/report';
import {
  createPageHighlighter,
  highlightCss,
  KIND_STYLES,
  type LocatedClaim,
} from '@/utils/highlight';
import { claim } from './fixtures';

class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const t = (key: string) => `[${key}]`;

function rangeOver(p: Element): Range {
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

describe('page highlighter', () => {
  let registry: Map<string, FakeHighlight>;

  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML =
      '<p id="a">Officials said A.</p><p id="b">KCNA reported B.</p><p id="c">He said C.</p>';
    registry = new Map();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    Object.assign(window, { CSS: undefined, Highlight: undefined });
  });

  function located(): LocatedClaim[] {
    return [
      {
        claim: claim('c1', 'unnamed_official', ['unnamed_source'], 'Officials said A.'),
        range: rangeOver(document.getElementById('a')!),
      },
      {
        claim: claim('c2', 'state_media', ['state_media'], 'KCNA reported B.'),
        range: rangeOver(document.getElementById('b')!),
      },
      {
        claim: claim('c3', 'unnamed_official', ['unnamed_source'], 'He said C.'),
        range: rangeOver(document.getElementById('c')!),
      },
      { claim: claim('c4', 'document', [], 'Not in the page.'), range: null },
    ];
  }

  it('sets one highlight per kind with every located range, and a style for them', () => {
    const h = createPageHighlighter(document);
    expect(h.supported).toBe(true);
    h.show(located(), t);
    h.show(located(), t); // showing again replaces, never duplicates
    expect(document.querySelectorAll('style[data-sumber], sumber-ui').length).toBe(2);
    const kinds = [...registry.keys()].filter((k) =>
      SOURCE_KINDS.some((kind) => k === `sumber-${kind}`),
    );
    expect(kinds.sort()).toEqual(['sumber-state_media', 'sumber-unnamed_official']);
    expect(registry.get('sumber-unnamed_official')?.ranges.map((r) => r.toString())).toEqual([
      'Officials said A.',
      'He said C.',
    ]);
    const style = document.querySelector('style[data-sumber]');
    expect(style?.textContent).toContain('::highlight(sumber-state_media)');
    expect(document.querySelector('sumber-ui')).not.toBeNull();
  });

  it('focuses one claim with its own highlight, and hide() leaves nothing behind', () => {
    vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const h = createPageHighlighter(document);
    const claims = located();
    h.show(claims, t);
    expect(h.focusClaim('c2', claims, t)).toBe(true);
    expect(registry.get('sumber-focus')?.ranges.map((r) => r.toString())).toEqual([
      'KCNA reported B.',
    ]);
    expect(h.focusClaim('c4', claims, t)).toBe(false); // not in the page: card only
    expect(h.focusClaim('nope', claims, t)).toBe(false);
    h.hide();
    expect(registry.size).toBe(0);
    expect(document.querySelector('style[data-sumber]')).toBeNull();
    expect(document.querySelector('sumber-ui')).toBeNull();
  });

  it('the page DOM is not changed beyond our style and host element', () => {
    const before = document.body.innerHTML;
    const h = createPageHighlighter(document);
    h.show(located(), t);
    const clone = document.body.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('sumber-ui').forEach((e) => e.remove());
    expect(clone.innerHTML).toBe(before);
    h.hide();
  });

  it("every kind has a colour and a line style, in the report's order, and the CSS names each", () => {
    expect(Object.keys(KIND_STYLES)).toEqual([...SOURCE_KINDS]);
    const css = highlightCss();
    for (const kind of SOURCE_KINDS) {
      expect(KIND_STYLES[kind].color).toMatch(/^#[0-9a-f]{6}$/);
      expect(css).toContain(`::highlight(sumber-${kind})`);
    }
  });
});

describe('page highlighter without the Highlight API', () => {
  it('marks nothing, still shows the legend, and says why', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<p id="a">Officials said A.</p>';
    const h = createPageHighlighter(document);
    expect(h.supported).toBe(false);
    const r = document.createRange();
    r.selectNodeContents(document.getElementById('a')!);
    h.show(
      [{ claim: claim('c1', 'anonymous', ['unnamed_source'], 'Officials said A.'), range: r }],
      t,
    );
    expect(document.querySelector('style[data-sumber]')).toBeNull();
    expect(document.querySelector('sumber-ui')).not.toBeNull();
    h.hide();
  });
});
