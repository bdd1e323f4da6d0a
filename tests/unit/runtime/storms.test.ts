// @vitest-environment happy-dom
/**
 * Re-analysis storms (issue 13), counted, never timed: a page calling pushState every 600 ms
 * and a live blog appending a paragraph a second must cost a bounded number of extractions,
 * analyses (service-worker work) and re-highlights per minute, and an unchanged story is
 * never analysed twice. Fake timers drive the clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedArticle } from '@/utils/extract/extract';
import { createContentRunner, type ContentDeps } from '@/utils/content-runner';
import type { BackgroundRequest } from '@/utils/messages';
import { claim, report } from './fixtures';

const FIRST = 'Officials said the talks failed.';

function story(paragraphs: string[]): ExtractedArticle {
  return {
    blocks: paragraphs.map((text) => ({ text, type: 'p' as const })),
    title: 'Live',
    langHint: 'en',
    url: null,
    credits: [],
    isArticle: true,
    signals: [],
  };
}

function setup(highlightByDefault = false) {
  document.body.innerHTML = `<article><p>${FIRST}</p></article>`;
  const sent: BackgroundRequest[] = [];
  const paragraphs = () =>
    [...document.querySelectorAll('article p')].map((p) => p.textContent ?? '');
  const extract = vi.fn(() => story(paragraphs()));
  const deps: ContentDeps = {
    doc: document,
    win: window,
    gate: () => ({ article: true, signals: ['og:article'] }),
    extract,
    send: async (message) => {
      sent.push(message);
      if (message.type === 'content-settings') return { autoRun: true, highlightByDefault };
      if (message.type === 'ui-strings') return { lang: 'en', strings: {} };
      if (message.type === 'analyze') {
        // One claim per paragraph, as an engine would find them.
        return report(
          message.input.blocks.map((b, i) =>
            claim(`c${i}`, 'unnamed_official', ['unnamed_source'], b.text, i),
          ),
        );
      }
      return null;
    },
    // The fake clock (vi.useFakeTimers below fakes Date): minutes pass in no time.
    now: () => vi.getMockedSystemTime()?.getTime() ?? 0,
    idleTimeout: 10,
    findRoot: (doc) => doc.querySelector('article'),
  };
  const runner = createContentRunner(deps);
  const count = (type: BackgroundRequest['type']) => sent.filter((m) => m.type === type).length;
  return { runner, sent, extract, count };
}

describe('re-analysis storms', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('pushState every 600 ms on the same story for 25 s: no second analysis, bounded extractions', async () => {
    const { runner, extract, count, sent } = setup();
    const started = runner.start();
    await vi.advanceTimersByTimeAsync(100);
    expect((await started).status).toBe('ready');
    for (let i = 0; i < 42; i++) {
      history.pushState({}, '', `?page=${i}`);
      void runner.onLocationChange(false);
      await vi.advanceTimersByTimeAsync(600);
    }
    await vi.advanceTimersByTimeAsync(2_000);
    expect(count('analyze')).toBe(1);
    // The first extraction plus at most six re-checks in the minute.
    expect(extract.mock.calls.length).toBeLessThanOrEqual(7);
    // Nothing ever cleared the badge; the kept report was confirmed instead.
    expect(sent.filter((m) => m.type === 'tab-state' && m.status !== 'ready')).toEqual([]);
    expect(count('tab-state')).toBeGreaterThan(0);
    expect(runner.state().status).toBe('ready');
    // The last URL is still looked at once the budget allows.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runner.state().url).toContain('page=41');
    expect(count('analyze')).toBe(1);
  });

  it('a live blog appending a paragraph a second, highlighting on: bounded analyses and re-highlights', async () => {
    const { runner, count } = setup(true);
    const started = runner.start();
    await vi.advanceTimersByTimeAsync(100);
    expect((await started).highlight).toBe(true);
    const article = document.querySelector('article') as Element;
    for (let i = 0; i < 60; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: a spokesman said the road was reopened.`;
      article.append(p);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    const { work } = runner.state();
    // 60 appends in a minute: the first analysis plus at most six re-checks (one may land as the window turns).
    expect(count('analyze')).toBeLessThanOrEqual(8);
    expect(work?.highlights ?? 0).toBeLessThanOrEqual(count('analyze'));
    expect(work?.deferred ?? 0).toBeGreaterThan(0);
    // The last change is still seen once the budget allows: the story is never left behind.
    await vi.advanceTimersByTimeAsync(70_000);
    const last = runner.state().report?.claims.at(-1)?.sentence;
    expect(last).toContain('Update 59');
  });

  it('a re-render with the same text neither re-analyses nor re-highlights', async () => {
    const { runner, count } = setup(true);
    const started = runner.start();
    await vi.advanceTimersByTimeAsync(100);
    await started;
    const highlights = runner.state().work?.highlights ?? 0;
    expect(highlights).toBe(1);
    // The page adds and removes a node (an ad slot) around the story: text unchanged.
    const article = document.querySelector('article') as Element;
    for (let i = 0; i < 5; i++) {
      const ad = document.createElement('div');
      article.append(ad);
      await vi.advanceTimersByTimeAsync(900);
      ad.remove();
      await vi.advanceTimersByTimeAsync(900);
    }
    expect(count('analyze')).toBe(1);
    expect(runner.state().work?.highlights).toBe(highlights);
  });

  it('a fragment jump confirms the report without extracting; a new story clears and re-analyses', async () => {
    const { runner, extract, sent } = setup();
    const started = runner.start();
    await vi.advanceTimersByTimeAsync(100);
    await started;
    const extractions = extract.mock.calls.length;
    history.pushState({}, '', '#comments');
    const settled = runner.onLocationChange(true);
    await vi.advanceTimersByTimeAsync(500);
    await settled;
    expect(extract.mock.calls.length).toBe(extractions);
    expect(sent.at(-1)).toEqual({ type: 'tab-state', status: 'ready', flagged: 0 });
    document.querySelector('article')!.innerHTML =
      '<p>Another story: the minister said the bridge is safe.</p>';
    history.pushState({}, '', '/another-story');
    const next = runner.onLocationChange(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await next).report?.claims[0]?.sentence).toContain('bridge');
    const types = sent
      .slice(-2)
      .map((m) => (m.type === 'tab-state' ? `tab-state:${m.status}` : m.type));
    expect(types).toEqual(['tab-state:analyzing', 'analyze']);
  });
});
