/**
 * The runtime in real Chromium with the built extension: the content script's gate and
 * analysis, the badge, highlighting, single-page navigation, a hostile page, and the
 * promise that no request leaves 127.0.0.1. One browser for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '@/core/report';
// A value import: the e2e config has no `@/` alias (type imports are erased).
import { BADGE_COLORS, CHECKED_MARK } from '../../utils/badge';
import type { TabState } from '@/utils/messages';
import {
  launchWithExtension,
  offHostRequests,
  startServer,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

const BADGE_FLAGS = ['state_media', 'unnamed_source', 'unattributed'];

let server: FixtureServer;
let ext: ExtensionBrowser;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  ext.context.on('page', (page) =>
    page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())),
  );
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.goto(server.url(path));
  return { page, tabId: await ext.tabIdOf(page) };
}

const state = (tabId: number) => ext.sendToTab<TabState>(tabId, { type: 'get-state' });
const settled = (
  tabId: number,
  accept: (s: TabState) => boolean = (s) =>
    s.status === 'ready' || s.status === 'skipped' || s.status === 'error',
) => waitFor(() => state(tabId), accept, 20_000, `tab ${tabId} state`);

/** What the badge must show for a report: the number of claims with a counted flag, a check mark for none, or nothing. */
function expectedBadge(report: Report): string {
  if (!(report.isArticle || report.requested) || report.claims.length === 0) return '';
  const flagged = report.claims.filter((c) => c.flags.some((f) => BADGE_FLAGS.includes(f))).length;
  return flagged === 0 ? CHECKED_MARK : String(flagged);
}

/** Text of every range in our highlights, read in the page's own world. */
function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    registry.forEach((highlight, name) => {
      if (name.startsWith('sumber-'))
        out[name] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim());
    });
    return out;
  });
}

describe('content script and badge', () => {
  it.each([['article-en.html'], ['article-id.html']])(
    '%s: analysed, and the badge agrees with the report',
    async (path) => {
      const { page, tabId } = await open(path);
      const s = await settled(tabId);
      expect(s.status).toBe('ready');
      const report = s.report as Report;
      expect(report.isArticle).toBe(true);
      expect(report.url).toBe(page.url());
      expect(report.lang).toBe(path.includes('-id') ? 'id' : 'en');
      // Both pages quote state media (KCNA, Xinhua, "media pemerintah"): the engine finds those reliably.
      expect(report.claims.length).toBeGreaterThanOrEqual(5);
      expect(report.claims.some((c) => c.flags.includes('state_media'))).toBe(true);
      // Timings are reported (the bench holds their budgets; a loaded machine fails a clock check).
      for (const key of ['gate', 'extract', 'analyze', 'total'])
        expect(s.timings?.[key]).toBeGreaterThanOrEqual(0);
      const badge = await waitFor(
        () => ext.badgeText(tabId),
        (b) => b === expectedBadge(report),
        5_000,
        'badge',
      );
      expect(badge).toBe(expectedBadge(report));
      // Colour by severity: none flagged green, half or more red, otherwise amber.
      const flagged = badge === CHECKED_MARK ? 0 : Number(badge);
      const severity =
        flagged === 0 ? 'none' : flagged * 2 >= report.claims.length ? 'most' : 'some';
      expect(await ext.badgeColor(tabId)).toBe(BADGE_COLORS[severity]);
      // The tooltip says what the number counts.
      const title = await ext.badgeTitle(tabId);
      if (flagged > 0)
        expect(title).toMatch(new RegExp(`^Sumber: ${flagged} (of|dari) ${report.claims.length} `));
      else expect(title).toMatch(/^Sumber: checked/);
      await page.close();
    },
  );

  it('a page that is not an article is skipped: no extraction, no badge', async () => {
    const { page, tabId } = await open('nonarticle.html');
    const s = await settled(tabId);
    expect(s.status).toBe('skipped');
    expect(s.report).toBeUndefined();
    expect(Object.keys(s.timings ?? {})).toEqual(['gate']);
    expect(s.gate?.article).toBe(false);
    expect(await ext.badgeText(tabId)).toBe('');
    expect(await ext.badgeTitle(tabId)).toBe('Sumber');
    // "Analyse anyway" still works there.
    const forced = await ext.sendToTab<TabState>(tabId, { type: 'analyze-now' });
    expect(forced.status).toBe('ready');
    expect(forced.report).toMatchObject({ isArticle: false, requested: true });
    await page.close();
  });

  it('the badge is cleared when the tab navigates', async () => {
    const { page, tabId } = await open('article-en.html');
    const s = await settled(tabId);
    const report = s.report as Report;
    await waitFor(
      () => ext.badgeText(tabId),
      (b) => b === expectedBadge(report),
      5_000,
      'badge',
    );
    await page.goto(server.url('nonarticle.html'));
    expect(
      await waitFor(
        () => ext.badgeText(tabId),
        (b) => b === '',
        5_000,
        'cleared badge',
      ),
    ).toBe('');
    expect((await settled(tabId)).status).toBe('skipped');
    await page.close();
  });

  it('the badge survives anchors, pushState and replaceState on the same story, with no new analysis', async () => {
    const { page, tabId } = await open('article-en.html');
    const s = await settled(tabId);
    const report = s.report as Report;
    const badge = await waitFor(
      () => ext.badgeText(tabId),
      (b) => b === expectedBadge(report),
      5_000,
      'badge',
    );
    expect(badge).not.toBe('');
    const moves = [
      () => (location.hash = 'comments'),
      () => history.pushState({}, '', location.href),
      () => history.replaceState({}, '', location.href),
      () => history.pushState({}, '', `${location.pathname}?ref=share`),
    ];
    for (const move of moves) {
      await page.evaluate(move);
      // Longer than the content script's settle time and Chrome's "loading" report.
      await page.waitForTimeout(1_200);
      expect(await ext.badgeText(tabId)).toBe(badge);
    }
    const after = await state(tabId);
    expect(after.status).toBe('ready');
    expect(after.work?.analyses).toBe(1);
    expect(after.timings).toEqual(s.timings);
    await page.close();
  });

  it('invalid requests are refused', async () => {
    const { page, tabId } = await open('article-en.html');
    await settled(tabId);
    await expect(ext.sendToTab(tabId, { type: 'rm -rf' })).rejects.toThrow();
    await expect(ext.sendToTab(tabId, { type: 'set-highlight', on: 'yes' })).rejects.toThrow();
    expect((await state(tabId)).status).toBe('ready');
    await page.close();
  });
});

describe('highlighting', () => {
  it('marks located sentences with CSS highlights per kind, and removes them', async () => {
    const { page, tabId } = await open('article-en.html');
    const s = await settled(tabId);
    const claims = s.report?.claims ?? [];
    const on = await ext.sendToTab<TabState>(tabId, { type: 'set-highlight', on: true });
    expect(on.highlight).toBe(true);
    const marks = await highlightedTexts(page);
    const marked = Object.values(marks).flat();
    for (const claim of claims) {
      expect(marked, `claim ${claim.id}`).toContain(claim.sentence);
      expect(marks[`sumber-${claim.source.kind}`]).toContain(claim.sentence);
    }
    expect(claims.length).toBeGreaterThan(0);
    // The legend lives in our own element; the page's DOM is otherwise untouched.
    expect(await page.locator('sumber-ui').count()).toBe(1);
    const state_media = claims.find((c) => c.source.kind === 'state_media');
    if (state_media) await ext.sendToTab(tabId, { type: 'scroll-to-claim', id: state_media.id });
    await page.waitForTimeout(700);
    await page.screenshot({ path: 'test-results/page-highlights-en.png' });
    const off = await ext.sendToTab<TabState>(tabId, { type: 'set-highlight', on: false });
    expect(off.highlight).toBe(false);
    expect(await highlightedTexts(page)).toEqual({});
    expect(await page.locator('sumber-ui').count()).toBe(0);
    await page.close();
  });

  it('scroll-to-claim brings the sentence into view and marks exactly it', async () => {
    const { page, tabId } = await open('article-en.html');
    const s = await settled(tabId);
    const claim = s.report?.claims.at(-1);
    if (!claim) {
      // No claims from the engine on this page: nothing to scroll to, and nothing breaks.
      expect(
        (await ext.sendToTab<TabState>(tabId, { type: 'scroll-to-claim', id: 'c1' })).status,
      ).toBe('ready');
      return;
    }
    await page.setViewportSize({ width: 800, height: 300 });
    await ext.sendToTab(tabId, { type: 'scroll-to-claim', id: claim.id });
    const focus = await waitFor(
      () => highlightedTexts(page),
      (m) => (m['sumber-focus'] ?? []).length === 1,
      5_000,
      'focus highlight',
    );
    expect(focus['sumber-focus']).toEqual([claim.sentence]);
    await waitFor(
      () => page.evaluate(() => window.scrollY),
      (y) => y > 0,
      5_000,
      'scroll',
    );
    await page.close();
  });
});

describe('single-page site', () => {
  it('re-analyses when the site swaps the article and pushes a new URL', async () => {
    const { page, tabId } = await open('spa.html?story=a');
    const first = await settled(tabId);
    expect(first.status).toBe('ready');
    expect(first.report?.title).toContain('Ferry');
    await page.click('#to-b');
    const second = await settled(tabId, (s) => s.status === 'ready' && s.url.includes('story=b'));
    expect(second.report?.title).toContain('Lighthouse');
    expect(second.report?.url).toContain('story=b');
    const report = second.report as Report;
    expect(
      await waitFor(
        () => ext.badgeText(tabId),
        (b) => b === expectedBadge(report),
        5_000,
        'badge',
      ),
    ).toBe(expectedBadge(report));
    // A jump to an anchor is the same article: no new analysis.
    await page.evaluate(() => (location.hash = 'comments'));
    await page.waitForTimeout(1_000);
    const third = await state(tabId);
    expect(third.status).toBe('ready');
    expect(third.timings).toEqual(second.timings);
    expect(await ext.badgeText(tabId)).toBe(expectedBadge(report));
    await page.close();
  });
});

describe('hostile page', () => {
  it('treats markup in quotes as text: nothing runs, no dialog', async () => {
    const { page, tabId } = await open('hostile.html');
    const s = await settled(tabId);
    expect(s.status).toBe('ready');
    await ext.sendToTab(tabId, { type: 'set-highlight', on: true });
    for (const claim of s.report?.claims ?? [])
      await ext.sendToTab(tabId, { type: 'scroll-to-claim', id: claim.id });
    await page.mouse.move(200, 200);
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { __sumberPwned?: number }).__sumberPwned),
    ).toBeUndefined();
    expect(dialogs).toEqual([]);
    // No element was created from page text anywhere in the document.
    expect(await page.locator('img, svg').count()).toBe(0);
    await page.close();
  });
});

describe('network', () => {
  it('the recorder sees requests from pages and from the service worker (so the check below can fail)', async () => {
    const fromWorker = server.url('nonarticle.html?probe=worker');
    const offHost = 'http://sumber-probe.invalid/';
    await ext.serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), fromWorker);
    const page = await ext.context.newPage();
    await page.goto(offHost).catch(() => {}); // the host resolver maps it to nowhere
    await waitFor(
      async () => ext.requests.map((r) => r.url),
      (urls) => urls.includes(fromWorker) && urls.includes(offHost),
      5_000,
      'probes',
    );
    expect(ext.requests.find((r) => r.url === fromWorker)?.from).toBe('service-worker');
    expect(offHostRequests(ext.requests).map((r) => r.url)).toEqual([offHost]);
    // Forget the probes: the real check is on everything else.
    ext.requests.splice(
      0,
      ext.requests.length,
      ...ext.requests.filter((r) => r.url !== offHost && r.url !== fromWorker),
    );
    await page.close();
  });

  it('no request left 127.0.0.1 (pages and the service worker)', () => {
    expect(ext.requests.length).toBeGreaterThan(0);
    expect(offHostRequests(ext.requests)).toEqual([]);
  });
});
