// @vitest-environment happy-dom
/** The content script's state machine with a fake background and fake gate/extraction. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '@/utils/extract/extract';
import type { GateResult } from '@/utils/extract/gate';
import { createContentRunner, RefusedRequest, type ContentDeps } from '@/utils/content-runner';
import type { BackgroundRequest } from '@/utils/messages';
import { claim, report } from './fixtures';

const ARTICLE: GateResult = { article: true, signals: ['og:article'] };
const NOT_ARTICLE: GateResult = { article: false, signals: ['p:1'] };
const SENTENCE = 'Officials said the talks failed.';

function extracted(text = SENTENCE): ExtractedArticle {
  return {
    blocks: [{ text, type: 'p' }],
    title: 'T',
    langHint: 'en',
    url: null,
    credits: [],
    isArticle: true,
    signals: [],
  };
}

function setup(
  opts: { gate?: GateResult; settings?: unknown; reply?: (m: BackgroundRequest) => unknown } = {},
) {
  document.body.innerHTML = `<article><p>Intro here. ${SENTENCE}</p></article>`;
  const sent: BackgroundRequest[] = [];
  const fixed = report([claim('c1', 'unnamed_official', ['unnamed_source'], SENTENCE)]);
  const extract = vi.fn(() => extracted());
  const gate = vi.fn(() => opts.gate ?? ARTICLE);
  const deps: ContentDeps = {
    doc: document,
    win: window,
    gate,
    extract,
    send: async (message) => {
      sent.push(message);
      if (opts.reply) return opts.reply(message);
      if (message.type === 'content-settings')
        return opts.settings ?? { autoRun: true, highlightByDefault: false };
      if (message.type === 'analyze') return fixed;
      if (message.type === 'ui-strings')
        return {
          lang: 'en',
          strings: { kind_unnamed_official: 'Unnamed official', page_close: 'Close' },
        };
      return null;
    },
    idleTimeout: 10,
    mutationDebounce: 20,
    navigationSettle: 5,
    findRoot: (doc) => doc.querySelector('article'),
  };
  const runner = createContentRunner(deps);
  return { runner, sent, extract, gate, fixed };
}

describe('content runner', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it('on a non-article page: skipped, no extraction, no message at all', async () => {
    const { runner, sent, extract } = setup({ gate: NOT_ARTICLE });
    const state = await runner.start();
    expect(state.status).toBe('skipped');
    expect(state.gate).toEqual(NOT_ARTICLE);
    expect(extract).not.toHaveBeenCalled();
    expect(sent).toEqual([]);
    expect(state.timings?.gate).toBeGreaterThanOrEqual(0);
  });

  it('on an article: extracts, asks the background, becomes ready with timings', async () => {
    const { runner, sent, fixed } = setup();
    const state = await runner.start();
    expect(state.status).toBe('ready');
    expect(state.report).toEqual(fixed);
    expect(sent.map((m) => m.type)).toEqual(['content-settings', 'analyze']);
    const analyze = sent[1] as Extract<BackgroundRequest, { type: 'analyze' }>;
    expect(analyze.input.blocks[0]?.text).toBe(SENTENCE);
    expect(analyze.input.url).toBe(window.location.href);
    for (const key of ['gate', 'extract', 'analyze', 'total'])
      expect(state.timings?.[key]).toBeGreaterThanOrEqual(0);
  });

  it('waits to be asked when auto-run is off', async () => {
    const { runner, sent } = setup({ settings: { autoRun: false, highlightByDefault: false } });
    expect((await runner.start()).status).toBe('idle');
    expect(sent.map((m) => m.type)).toEqual(['content-settings']);
    expect((await runner.handle({ type: 'analyze-now' })).status).toBe('ready');
  });

  it('"analyse anyway" on a skipped page analyses it as an article', async () => {
    const { runner, sent } = setup({ gate: NOT_ARTICLE });
    await runner.start();
    const state = await runner.handle({ type: 'analyze-now' });
    expect(state.status).toBe('ready');
    const analyze = sent.find((m) => m.type === 'analyze') as Extract<
      BackgroundRequest,
      { type: 'analyze' }
    >;
    expect(analyze.input.isArticle).toBe(true);
  });

  it('"analyse anyway" lists claims and keeps what the extraction made of the page', async () => {
    const { runner, sent, extract } = setup({ gate: NOT_ARTICLE });
    extract.mockImplementation(() => ({
      ...extracted(),
      isArticle: false,
      signals: ['gate:none', 'not-article:none'],
    }));
    await runner.start();
    const state = await runner.handle({ type: 'analyze-now' });
    expect(state.report?.claims).toHaveLength(1);
    expect(state.gate).toEqual({ article: false, signals: ['gate:none', 'not-article:none'] });
    // The engine is told both: the check's verdict, and that the reader asked.
    const analyze = sent.find((m) => m.type === 'analyze') as Extract<
      BackgroundRequest,
      { type: 'analyze' }
    >;
    expect(analyze.input).toMatchObject({ isArticle: false, requested: true });
  });

  it('analyses again in the language the reader picked', async () => {
    const { runner, sent } = setup();
    await runner.start();
    await runner.handle({ type: 'analyze-now', lang: 'id' });
    const analyses = sent.filter((m) => m.type === 'analyze') as Extract<
      BackgroundRequest,
      { type: 'analyze' }
    >[];
    expect(analyses.map((m) => m.lang)).toEqual([undefined, 'id']);
  });

  it('an answer in the wrong shape is an error state, not a crash', async () => {
    const { runner } = setup({
      reply: (m) =>
        m.type === 'analyze' ? { claims: 'no' } : { autoRun: true, highlightByDefault: false },
    });
    const state = await runner.start();
    expect(state.status).toBe('error');
    expect(state.error).toMatch(/unexpected shape/);
  });

  it('a background failure is an error state with its message', async () => {
    const { runner } = setup({
      reply: (m) => {
        if (m.type === 'analyze') throw new Error('engine exploded');
        return { autoRun: true, highlightByDefault: false };
      },
    });
    expect(await runner.start()).toMatchObject({ status: 'error', error: 'engine exploded' });
  });

  it.each([
    [{}],
    [{ type: 'scroll-to-claim' }],
    [{ type: 'set-highlight', on: 'yes' }],
    ['get-state'],
    [null],
  ])('refuses invalid requests (%j)', async (message) => {
    const { runner } = setup();
    await expect(runner.handle(message)).rejects.toBeInstanceOf(RefusedRequest);
    expect(console.warn).toHaveBeenCalled();
  });

  it('shows and removes the in-page legend (shadow root) with highlighting', async () => {
    const { runner } = setup();
    await runner.start();
    expect((await runner.handle({ type: 'set-highlight', on: true })).highlight).toBe(true);
    const host = document.querySelector('sumber-ui');
    expect(host).not.toBeNull();
    // Closed shadow root: the page cannot reach into it.
    expect(host?.shadowRoot).toBeNull();
    expect((await runner.handle({ type: 'set-highlight', on: false })).highlight).toBe(false);
    expect(document.querySelector('sumber-ui')).toBeNull();
  });

  it('highlights at once when the user asked for it by default', async () => {
    const { runner } = setup({ settings: { autoRun: true, highlightByDefault: true } });
    const state = await runner.start();
    expect(state.highlight).toBe(true);
    expect(document.querySelector('sumber-ui')).not.toBeNull();
    runner.dispose();
    expect(document.querySelector('sumber-ui')).toBeNull();
  });

  it('scroll-to-claim answers with the state and shows the claim card', async () => {
    const { runner } = setup();
    await runner.start();
    const scroll = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    const state = await runner.handle({ type: 'scroll-to-claim', id: 'c1' });
    expect(state.status).toBe('ready');
    expect(scroll).toHaveBeenCalled();
    expect(document.querySelector('sumber-ui')).not.toBeNull();
  });

  it('starts over on navigation and tells the background to clear the badge', async () => {
    const { runner, sent, gate } = setup();
    await runner.start();
    gate.mockReturnValue(NOT_ARTICLE);
    const state = await runner.onLocationChange();
    expect(state.status).toBe('skipped');
    expect(state.report).toBeUndefined();
    expect(sent.filter((m) => m.type === 'tab-state').length).toBeGreaterThan(0);
  });

  it('re-analyses when the article body is replaced', async () => {
    const { runner, sent, extract } = setup();
    await runner.start();
    extract.mockReturnValue(extracted('Another story said something else.'));
    const article = document.querySelector('article') as Element;
    const fresh = document.createElement('article');
    fresh.innerHTML = '<p>Another story said something else.</p>';
    article.replaceWith(fresh);
    await vi.waitFor(() => expect(sent.filter((m) => m.type === 'analyze').length).toBe(2), {
      timeout: 2000,
    });
  });
});
