/**
 * A page script cannot talk to the extension or forge its messages (issue #6). The page posts
 * fake requests with window.postMessage, dispatches fake DOM events (including WXT's own
 * location-change event under its real, guessable name), and looks for a runtime to message:
 * the content script's state must stay exactly as it was, and nothing must be reachable.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TabState } from '@/utils/messages';
import {
  FIXTURES_DIR,
  launchWithExtension,
  startServer,
  waitFor,
  type ExtensionBrowser,
  type FixtureServer,
} from './harness';

let server: FixtureServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer(join(FIXTURES_DIR, 'hostile'));
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const state = (tabId: number) => ext.sendToTab<TabState>(tabId, { type: 'get-state' });

async function openReady(): Promise<{ page: Page; tabId: number; before: TabState }> {
  const page = await ext.context.newPage();
  await page.goto(server.url('forgery.html'));
  const tabId = await ext.tabIdOf(page);
  const before = await waitFor(
    () => state(tabId),
    (s) => s.status === 'ready',
    30_000,
    'forgery.html ready',
  );
  return { page, tabId, before };
}

/** Sumber's CSS highlights registered in the page. */
function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
    return registry ? [...registry.keys()].filter((k) => k.startsWith('sumber-')).length : 0;
  });
}

/** Errors and uncaught exceptions from the extension's content script, as the page's console shows them. */
function extensionErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (
      m.type() === 'error' &&
      (m.location().url.startsWith('chrome-extension://') || m.text().includes('[sumber]'))
    )
      errors.push(m.text());
  });
  page.on('pageerror', (e) => {
    if (/chrome-extension:|content-scripts/.test(e.stack ?? '')) errors.push(String(e));
  });
  return errors;
}

/** What must not move: status, the report, highlighting, and the timings of the one run. */
function essentials(s: TabState) {
  return {
    status: s.status,
    url: s.url,
    highlight: s.highlight,
    timings: s.timings,
    claims: s.report?.claims.map((c) => c.id),
    error: s.error,
  };
}

describe('page scripts cannot reach or steer the extension', { timeout: 90_000 }, () => {
  it('fake window messages and DOM events leave the state unchanged and throw nothing', async () => {
    const { page, tabId, before } = await openReady();
    const errors = extensionErrors(page);
    await page.evaluate((extensionId) => {
      const requests = [
        { type: 'analyze-now' },
        { type: 'set-highlight', on: true },
        { type: 'scroll-to-claim', id: 'c1' },
        { type: 'get-state' },
        { type: 'analyze', input: { blocks: [{ type: 'p', text: 'Forged, said nobody.' }] } },
        { type: 'tab-state', status: 'ready', flagged: 99 },
      ];
      for (const r of requests) {
        window.postMessage(r, '*');
        window.postMessage(JSON.stringify(r), '*');
        window.postMessage({ source: 'sumber', payload: r }, '*');
        document.dispatchEvent(new CustomEvent('sumber', { detail: r }));
        window.dispatchEvent(new CustomEvent('message', { detail: r }));
      }
      // WXT's location-change event, under its generic name and under the unique name the
      // content script listens to (`<extension id>:<entrypoint>:wxt:locationchange`).
      for (const name of ['wxt:locationchange', `${extensionId}:content:wxt:locationchange`]) {
        window.dispatchEvent(new Event(name));
        window.dispatchEvent(
          new CustomEvent(name, {
            detail: { newUrl: new URL('https://evil.test/'), oldUrl: new URL(location.href) },
          }),
        );
      }
      window.dispatchEvent(new PopStateEvent('popstate'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }, ext.extensionId);
    await page.waitForTimeout(2000);
    const after = await state(tabId);
    expect(essentials(after)).toEqual(essentials(before));
    const marked = await markCount(page);
    expect(marked).toBe(0);
    // A forged WXT location-change event used to throw an uncaught TypeError in the content script.
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a page cannot switch Sumber off by forging the "newer content script started" event', async () => {
    const page = await ext.context.newPage();
    const errors = extensionErrors(page);
    await page.goto(server.url('switch-off.html'));
    const tabId = await ext.tabIdOf(page);
    const ready = await waitFor(
      () => state(tabId),
      (s) => s.status === 'ready',
      30_000,
      'switch-off.html ready',
    );
    // The page forged the event at once and keeps doing so; wait for its last attempt.
    await waitFor(
      () => page.evaluate(() => (window as unknown as { __forged: number }).__forged),
      (n) => n >= 4,
      10_000,
      'the page forged four times',
    );
    expect(essentials(await state(tabId))).toEqual(essentials(ready));
    // Still fully working: highlighting marks the page, and a reload analyses again.
    expect(
      (await ext.sendToTab<TabState>(tabId, { type: 'set-highlight', on: true })).highlight,
    ).toBe(true);
    expect(await markCount(page)).toBeGreaterThan(0);
    await page.reload();
    await waitFor(
      () => page.evaluate(() => (window as unknown as { __forged: number }).__forged),
      (n) => n >= 4,
      15_000,
      'forged again after reload',
    );
    expect(
      (
        await waitFor(
          () => state(tabId),
          (s) => s.status === 'ready',
          30_000,
          'ready after reload',
        )
      ).report?.claims.length,
    ).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the page has no runtime to message the extension with', async () => {
    const { page, tabId, before } = await openReady();
    const reach = await page.evaluate(async (extensionId) => {
      const c = globalThis as unknown as {
        chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown; connect?: unknown } };
        browser?: unknown;
      };
      const runtime = c.chrome?.runtime;
      let sent = 'no chrome.runtime.sendMessage';
      if (runtime?.sendMessage) {
        try {
          await runtime.sendMessage(extensionId, { type: 'analyze-now' });
          sent = 'delivered';
        } catch (error) {
          sent = `refused: ${String(error)}`;
        }
      }
      return {
        sent,
        hasBrowser: typeof c.browser !== 'undefined',
        hasConnect: typeof runtime?.connect === 'function',
      };
    }, ext.extensionId);
    expect(reach.sent).not.toBe('delivered');
    expect(reach.hasBrowser).toBe(false);
    expect(essentials(await state(tabId))).toEqual(essentials(before));
    await page.close();
  });

  it('the extension answers its own pages only, and refuses junk from them', async () => {
    const { page, tabId, before } = await openReady();
    for (const junk of [
      { type: 'run-script', code: 'alert(1)' },
      { type: 'set-highlight', on: 'yes' },
      'get-state',
      null,
      42,
    ]) {
      await expect(ext.sendToTab(tabId, junk)).rejects.toThrow();
    }
    expect(essentials(await state(tabId))).toEqual(essentials(before));
    await page.close();
  });
});
