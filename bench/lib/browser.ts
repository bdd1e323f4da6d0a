/**
 * Real Chromium with the built extension, for the bench: a static server on 127.0.0.1 (the
 * content script only runs on http(s) pages), every request to anywhere else aborted, and a
 * probe that asks the content script for its TabState the way the popup does
 * (chrome.tabs.sendMessage from an extension page). Which Chromium, its flags and where the
 * built extension is come from the browser tests' harness (tests/e2e/harness.ts), the one
 * place for them.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { TabState } from '@/utils/messages';
import { assertBuilt, chromiumArgs, EXTENSION_DIR, findChromium } from '../../tests/e2e/harness';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  /** URL of a file under one of the mounted roots: url('corpus', 'pages/cnn.html'). */
  url(mount: string, path: string): string;
  /** Serve generated content at a path (hostile pages built in memory). */
  put(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

/** Serves `mounts` (name -> directory) under /<name>/..., plus in-memory pages. */
export async function startServer(mounts: Record<string, string>): Promise<StaticServer> {
  const memory = new Map<string, { body: string; type: string }>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const mem = memory.get(path);
    if (mem) {
      res.writeHead(200, { 'content-type': mem.type, 'cache-control': 'no-store' });
      res.end(mem.body);
      return;
    }
    const [, mount = '', ...rest] = path.split('/');
    const root = mounts[mount];
    const file = root ? normalize(join(root, ...rest)) : '';
    // No escaping the mounted directory with ../
    if (
      !root ||
      !file.startsWith(normalize(root) + sep) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (mount, path) => `${origin}/${mount}/${path.split('/').map(encodeURIComponent).join('/')}`,
    put(path, body, type = 'text/html; charset=utf-8') {
      memory.set(path, { body, type });
      return `${origin}${path}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string | null;
  /** Network requests that were not to the local server (all aborted). */
  offsite: string[];
  close(): Promise<void>;
}

/** Launch Chromium; with `extension: false` the same browser without Sumber (the control). */
export async function launch(
  server: StaticServer,
  options: { extension?: boolean } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  const withExtension = options.extension !== false;
  if (withExtension) assertBuilt(EXTENSION_DIR);
  const userDataDir = mkdtempSync(join(tmpdir(), 'sumber-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    // Saved pages may carry a CSP; the anchor (Readability) and the probes are injected scripts.
    bypassCSP: true,
    args: chromiumArgs(withExtension ? EXTENSION_DIR : null),
  });
  const offsite: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (
      url.startsWith(server.origin) ||
      url.startsWith('chrome-extension://') ||
      url.startsWith('data:')
    )
      return route.continue();
    offsite.push(url);
    return route.abort();
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    offsite,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * An extension page used to talk to content scripts the way the popup does. It is opened on the
 * options page in its own tab; it never becomes the page under test.
 */
export async function openProbe(browser: ExtensionBrowser): Promise<Page> {
  const probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/options.html`);
  return probe;
}

/**
 * The content script's TabState for the tab showing `url` (null when none answers). Without the
 * "tabs" permission an extension page cannot read tab URLs, so every tab is asked and the state
 * whose own `url` matches is taken.
 */
export async function tabState(probe: Page, url: string): Promise<TabState | null> {
  return probe.evaluate(async (target) => {
    // Only the two calls used here; the page is an extension page, so `chrome.tabs` exists.
    interface Tabs {
      query(q: object): Promise<{ id?: number }[]>;
      sendMessage(id: number, message: unknown): Promise<unknown>;
    }
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    const tabs = await api.tabs.query({});
    const states = await Promise.all(
      tabs.map((tab) =>
        tab.id === undefined
          ? null
          : api.tabs.sendMessage(tab.id, { type: 'get-state' }).then(
              (s) => s as TabState,
              () => null,
            ),
      ),
    );
    return states.find((s) => s?.url === target) ?? null;
  }, url);
}

const SETTLED = new Set(['ready', 'skipped', 'error', 'unsupported']);

/** Polls the tab's state until the content script has settled (ready, skipped, error). */
export async function settledState(
  probe: Page,
  url: string,
  timeoutMs = 20_000,
): Promise<TabState | null> {
  const deadline = Date.now() + timeoutMs;
  let last: TabState | null = null;
  while (Date.now() < deadline) {
    last = await tabState(probe, url);
    if (last && SETTLED.has(last.status)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  return last;
}
