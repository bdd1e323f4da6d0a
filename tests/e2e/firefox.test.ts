/**
 * The Firefox build in a real Firefox (Debian's firefox-esr, driven over WebDriver BiDi by
 * puppeteer-core): installed as a temporary add-on with a fixed moz-extension UUID, it
 * analyses a served article, the toolbar badge and its tooltip show the flagged count, the
 * popup renders the claims, and no request leaves 127.0.0.1. Every request Firefox would
 * send elsewhere goes through a recording proxy that answers none of them (127.0.0.1 itself
 * is never proxied), so the pages', the extension's and the browser's traffic are all seen.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TabState } from '@/utils/messages';
import { REPO_ROOT, assertBuilt, startServer, waitFor, type FixtureServer } from './harness';

const FIREFOX_DIR = join(REPO_ROOT, '.output', 'firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'sumber@sumber.example';
const UUID = '3f5d6c1e-8a2b-4c7d-9e0f-1a2b3c4d5e6f';
const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

/** A forward proxy that records where each request wanted to go and refuses it. */
async function startRecordingProxy(): Promise<{
  port: number;
  seen: string[];
  close(): Promise<void>;
}> {
  const seen: string[] = [];
  const proxy: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((ok) => proxy.close(() => ok())),
  };
}

/**
 * Opens an extension page. BiDi refuses moz-extension URLs unless system access is allowed
 * (`--remote-allow-system-access`), and puppeteer does not see that navigation finish, so
 * the page's own readiness is awaited instead of the navigation.
 */
async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${EXTENSION_ORIGIN}/${path}`, { timeout: 3_000 }).catch(() => {});
  await waitFor(
    () => page.evaluate(() => location.href),
    (href) => href.startsWith('moz-extension:'),
    20_000,
    `${path} to open`,
  );
  return page;
}

let server: FixtureServer;
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
let browser: Browser;
let helper: Page;

beforeAll(async () => {
  assertBuilt(FIREFOX_DIR);
  if (!existsSync(FIREFOX))
    throw new Error(
      `No Firefox at ${FIREFOX}: apt-get install -y firefox-esr, or set FIREFOX_PATH.`,
    );
  server = await startServer();
  proxy = await startRecordingProxy();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      // Firefox's own background traffic (not the extension's), off where a pref can do it.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  expect(await browser.installExtension(FIREFOX_DIR)).toBe(ADDON_ID);
  // An extension page, to call the extension's APIs from (tabs, badge) as the popup does.
  helper = await openExtensionPage(browser, 'popup.html');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await proxy?.close();
  await server?.close();
});

/** The content script's state for the tab showing `url`, found by asking every tab (no "tabs" permission: URLs are hidden). */
function stateOf(url: string): Promise<{ tabId: number; state: TabState } | null> {
  return helper.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
    for (const tab of await api.tabs.query({})) {
      try {
        const state = (await api.tabs.sendMessage(tab.id, { type: 'get-state' })) as TabState;
        if (state?.url === wanted) return { tabId: tab.id, state };
      } catch {
        // no content script in that tab
      }
    }
    return null;
  }, url);
}

interface FirefoxApi {
  tabs: {
    query(q: object): Promise<Array<{ id: number }>>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
  browserAction: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}

describe('Firefox (firefox-esr, the MV2 build)', { timeout: 120_000 }, () => {
  it('analyses a served article; the badge, its tooltip and the popup agree', async () => {
    const page = await browser.newPage();
    const url = server.url('article-en.html');
    await page.goto(url);
    const found = await waitFor(
      () => stateOf(url),
      (s) => s?.state.status === 'ready',
      45_000,
      'the article analysed',
    );
    const { tabId, state } = found as { tabId: number; state: TabState };
    const claims = state.report?.claims ?? [];
    expect(claims.length).toBeGreaterThanOrEqual(5);
    const flagged = claims.filter((c) =>
      c.flags.some((f) => ['state_media', 'unnamed_source', 'unattributed'].includes(f)),
    ).length;
    expect(flagged).toBeGreaterThan(0);
    const badge = await helper.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser: FirefoxApi }).browser;
      return {
        text: await api.browserAction.getBadgeText({ tabId: id }),
        title: await api.browserAction.getTitle({ tabId: id }),
      };
    }, tabId);
    expect(badge.text).toBe(String(flagged));
    expect(badge.title).toContain(`${flagged} of ${claims.length} claims`);

    const popup = await openExtensionPage(browser, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-testid="state-ready"]', { timeout: 20_000 });
    const rendered = await popup.$$eval('[data-testid="claim"]', (nodes) => nodes.length);
    expect(rendered).toBe(claims.length);
    await popup.close();
    await page.close();
  });

  it('the recorder sees a request to elsewhere (so the check below can fail)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('nonarticle.html'));
    await page.evaluate(() => fetch('http://sumber-probe.invalid/').catch(() => null));
    await waitFor(
      async () => proxy.seen.slice(),
      (seen) => seen.some((u) => u.includes('sumber-probe.invalid')),
      10_000,
      'the probe',
    );
    proxy.seen.splice(
      0,
      proxy.seen.length,
      ...proxy.seen.filter((u) => !u.includes('sumber-probe.invalid')),
    );
    await page.close();
  });

  it('no request left 127.0.0.1 (pages and the extension)', () => {
    // Firefox 153 fetches its Remote Settings (blocklists) itself, ignoring the dummy server
    // puppeteer sets: the browser's own traffic, refused by the proxy, on no page's behalf.
    const own = (u: string) => /^CONNECT firefox\.settings\.services\.mozilla\.com:443$/.test(u);
    expect(proxy.seen.filter((u) => !own(u))).toEqual([]);
  });
});
