/**
 * The popup and options pages against a real page in real Chromium: the popup agrees with
 * the content script's report and the badge, "show in page" marks the right sentence,
 * exports match the report, pasted and context-menu text is analysed, options survive a
 * reload and change the badge, axe finds no serious problem, and screenshots in English
 * and Indonesian land in test-results/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Report } from '@/core/report';
import type { TabState } from '@/utils/messages';
import {
  launchWithExtension,
  offHostRequests,
  RESULTS_DIR,
  startServer,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;
let article: Page;
let tabId: number;
let report: Report;

const settled = (
  id: number,
  accept: (s: TabState) => boolean = (s) => s.status === 'ready' || s.status === 'skipped',
) =>
  waitFor(
    () => ext.sendToTab<TabState>(id, { type: 'get-state' }),
    accept,
    20_000,
    `tab ${id} state`,
  );

beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  article = await ext.context.newPage();
  await article.goto(server.url('article-en.html'));
  tabId = await ext.tabIdOf(article);
  const state = await settled(tabId);
  expect(state.status).toBe('ready');
  report = state.report as Report;
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function popupFor(id: number, hash = ''): Promise<Page> {
  const popup = await ext.openPopup(id, hash);
  await popup.setViewportSize({ width: 400, height: 720 });
  return popup;
}

async function seriousViolations(page: Page): Promise<string[]> {
  // The extension's CSP forbids inline scripts; DevTools evaluation is not bound by it.
  await page.evaluate(axe.source);
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const r = await run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }));
  });
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(', ')}`);
}

function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return h ? [...h].map((r) => r.toString().replace(/\s+/g, ' ').trim()) : [];
  }, name);
}

describe('popup on an article', () => {
  it("shows the report's claims, flagged ones agreeing with the badge", async () => {
    const popup = await popupFor(tabId);
    await popup.getByTestId('state-ready').waitFor();
    await expect(popup.getByTestId('summary').isVisible()).resolves.toBe(true);
    await expect(popup.getByTestId('score').isVisible()).resolves.toBe(true);
    const claims = popup.getByTestId('claim');
    expect(await claims.count()).toBe(report.claims.length);
    const ids = await claims.evaluateAll((els) => els.map((e) => e.getAttribute('data-claim-id')));
    expect(new Set(ids)).toEqual(new Set(report.claims.map((c) => c.id)));
    const flagged = await popup.locator('[data-testid="claim"][data-flagged="true"]').count();
    expect(flagged).toBe(report.claims.filter((c) => c.flags.length > 0).length);
    expect(await ext.badgeText(tabId)).toBe(String(flagged));
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-en.png'), fullPage: true });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('"show in page" scrolls the article to that claim and marks its sentence', async () => {
    const target = report.claims.find((c) => c.flags.includes('state_media')) ?? report.claims[0];
    expect(target).toBeDefined();
    const popup = await popupFor(tabId);
    await popup
      .locator(`[data-testid="claim"][data-claim-id="${target!.id}"] [data-testid="show-claim"]`)
      .click();
    const marked = await waitFor(
      () => highlightTexts(article, 'sumber-focus'),
      (t) => t.length === 1,
      5_000,
      'focus mark',
    );
    expect(marked).toEqual([target!.sentence]);
    await popup.close();
  });

  it('the highlight switch marks every claim in the page, and unmarks', async () => {
    const popup = await popupFor(tabId);
    const toggle = popup.getByTestId('highlight-toggle');
    await toggle.click();
    await waitFor(
      () => settled(tabId),
      (s) => s.highlight,
      5_000,
      'highlight on',
    );
    const kind = report.claims[0]!.source.kind;
    expect(await highlightTexts(article, `sumber-${kind}`)).toContain(report.claims[0]!.sentence);
    await toggle.click();
    await waitFor(
      () => settled(tabId),
      (s) => !s.highlight,
      5_000,
      'highlight off',
    );
    expect(await highlightTexts(article, `sumber-${kind}`)).toEqual([]);
    await popup.close();
  });

  it('exports Markdown, CSV and JSON that match the report', async () => {
    const popup = await popupFor(tabId);
    await popup.getByTestId('state-ready').waitFor();
    const files: Record<string, string> = {};
    for (const format of ['md', 'csv', 'json']) {
      const [download] = await Promise.all([
        popup.waitForEvent('download'),
        popup.getByTestId(`export-${format}`).click(),
      ]);
      files[format] = readFileSync((await download.path())!, 'utf8');
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    }
    const json = JSON.parse(files.json!) as Report;
    expect(json.claims.map((c) => c.sentence)).toEqual(report.claims.map((c) => c.sentence));
    expect(json.summary).toEqual(report.summary);
    for (const claim of report.claims) {
      expect(files.md).toContain(claim.sentence);
      // CSV doubles quotes inside quoted cells.
      expect(files.csv).toContain(claim.sentence.replace(/"/g, '""'));
    }
    expect(files.csv!.trim().split('\n').length).toBeGreaterThanOrEqual(report.claims.length + 1);
    await popup.close();
  });

  it('analyses pasted text', async () => {
    const popup = await popupFor(tabId);
    await popup.getByTestId('open-check').click();
    await popup
      .getByTestId('check-text-input')
      .fill(
        'According to state media, the delegation arrived on Monday.\n\nTwo senior officials, who declined to be named, said the talks had failed.',
      );
    await popup.getByTestId('check-text-submit').click();
    const result = popup.getByTestId('check-result');
    await result.waitFor();
    // The result may show before its claims under load: wait for them.
    expect(
      await waitFor(
        () => result.getByTestId('claim').count(),
        (n) => n >= 1,
        10_000,
        'checked claims',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('analyses text handed over by "Check selection with Sumber"', async () => {
    await ext.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { session: { set(v: object): Promise<void> } } };
        }
      ).chrome.storage.session.set({
        pendingText: 'Menurut media pemerintah, delegasi itu tiba pada Senin.',
      }),
    );
    const popup = await popupFor(tabId, '#check');
    const result = popup.getByTestId('check-result');
    await result.waitFor();
    expect(
      await waitFor(
        () => result.getByTestId('claim').count(),
        (n) => n >= 1,
        10_000,
        'checked claims',
      ),
    ).toBeGreaterThanOrEqual(1);
    await popup.close();
  });
});

describe('popup on other pages', () => {
  it('a skipped page offers "analyse anyway", which works', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url('nonarticle.html'));
    const id = await ext.tabIdOf(page);
    await settled(id);
    const popup = await popupFor(id);
    await popup.getByTestId('state-skipped').waitFor();
    await popup.getByTestId('analyze-anyway').click();
    await popup
      .locator('[data-testid="state-ready"], [data-testid="state-analyzing"]')
      .first()
      .waitFor();
    const ready = (await settled(id, (s) => s.status === 'ready')).report;
    // The check's verdict stays in the report, which says it was asked for, and the popup says so.
    expect(ready).toMatchObject({ isArticle: false, requested: true });
    await popup.getByTestId('requested-note').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('options', () => {
  it('round-trip, survive a reload, and drive the badge and the popup language', async () => {
    const options = await ext.openOptions();
    await options.getByTestId('opt-ui-language').selectOption('id');
    const autoRun = options.getByTestId('opt-auto-run');
    const highlight = options.getByTestId('opt-highlight');
    const unattributed = options.getByTestId('opt-badge-flag-unattributed');
    const stateMedia = options.getByTestId('opt-badge-flag-state_media');
    await autoRun.setChecked(false);
    await highlight.setChecked(true);
    await unattributed.setChecked(false);
    await stateMedia.setChecked(false);
    if (await options.getByTestId('opt-save').count())
      await options.getByTestId('opt-save').click();
    await waitFor(
      () => options.getByTestId('opt-status').textContent(),
      (t) => (t ?? '').trim().length > 0,
      5_000,
      'saved status',
    );
    expect(await seriousViolations(options)).toEqual([]);

    await options.reload();
    await expect(options.getByTestId('opt-ui-language').inputValue()).resolves.toBe('id');
    await expect(options.getByTestId('opt-auto-run').isChecked()).resolves.toBe(false);
    await expect(options.getByTestId('opt-highlight').isChecked()).resolves.toBe(true);
    await expect(options.getByTestId('opt-badge-flag-unattributed').isChecked()).resolves.toBe(
      false,
    );
    await expect(options.getByTestId('opt-badge-flag-state_media').isChecked()).resolves.toBe(
      false,
    );
    await expect(options.getByTestId('opt-badge-flag-unnamed_source').isChecked()).resolves.toBe(
      true,
    );
    await options.screenshot({ path: join(RESULTS_DIR, 'options-id.png'), fullPage: true });

    // The open article's badge now counts only unnamed sources.
    const expected = String(report.claims.filter((c) => c.flags.includes('unnamed_source')).length);
    expect(
      await waitFor(
        () => ext.badgeText(tabId),
        (b) => b === expected,
        5_000,
        'badge after settings',
      ),
    ).toBe(expected);

    // The popup speaks Indonesian now.
    const popup = await popupFor(tabId);
    await popup.getByTestId('state-ready').waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('id');
    await popup.screenshot({ path: join(RESULTS_DIR, 'popup-id.png'), fullPage: true });
    await popup.close();

    // Auto-run off: a new article waits to be asked.
    const page = await ext.context.newPage();
    await page.goto(server.url('article-id.html'));
    const id = await ext.tabIdOf(page);
    const idle = await waitFor(
      () => ext.sendToTab<TabState>(id, { type: 'get-state' }),
      (s) => s.status !== 'analyzing' && s.gate !== undefined,
      10_000,
      'idle',
    );
    expect(idle.status).toBe('idle');
    expect(await ext.badgeText(id)).toBe('');
    await page.close();
    await options.close();
  });
});

describe('network', () => {
  it('no request left 127.0.0.1 (pages, popup, options and the service worker)', () => {
    expect(offHostRequests(ext.requests)).toEqual([]);
  });
});
