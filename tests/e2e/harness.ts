/**
 * Real-browser harness, shared by the browser tests and the benchmark (bench/lib/browser.ts
 * takes `findChromium`, `chromiumArgs`, `assertBuilt` and `EXTENSION_DIR` from here): finds Chromium,
 * loads the built extension (.output/chrome-mv3), serves team-written pages on 127.0.0.1,
 * records every network request the browser makes (pages and the extension's service
 * worker), and opens the popup for a given tab.
 *
 *   const server = await startServer();
 *   const browser = await launchWithExtension();
 *   const page = await browser.context.newPage();
 *   await page.goto(server.url('article-en.html'));
 *   const tabId = await browser.tabIdOf(page);
 *   ...
 *   expect(offHostRequests(browser.requests)).toEqual([]);
 *   await browser.close(); await server.close();
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'e2e', 'fixtures');
/** The built Chrome extension; `SUMBER_EXTENSION_DIR` points elsewhere (e.g. a build of another checkout). */
export const EXTENSION_DIR = process.env.SUMBER_EXTENSION_DIR
  ? resolve(process.env.SUMBER_EXTENSION_DIR)
  : join(REPO_ROOT, '.output', 'chrome-mv3');
export const RESULTS_DIR = join(REPO_ROOT, 'test-results');

const CHROME_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** `CHROME_PATH` first, then the usual Linux locations; a clear error when there is none. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CHROME_CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${CHROME_CANDIDATES.join(', ')}). Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.`,
    );
  }
  return found;
}

/**
 * The flags every Chromium launched here gets (the browser tests and bench/lib/browser.ts):
 * no first-run UI, no background traffic of its own, and Sumber loaded from `extensionDir`,
 * or with `null` no extension at all (a control run of the same browser).
 */
export function chromiumArgs(extensionDir: string | null): string[] {
  return [
    '--no-sandbox',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    ...(extensionDir
      ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
      : ['--disable-extensions']),
  ];
}

/** Throws a clear error when `extensionDir` holds no built extension. */
export function assertBuilt(extensionDir: string): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
}

// ---------------------------------------------------------------------------
// Static server

export interface FixtureServer {
  origin: string;
  port: number;
  /** Absolute URL of a fixture path ("article-en.html", "spa.html?story=b"). */
  url(path: string): string;
  /** Paths requested so far, in order. */
  hits: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` (default: tests/e2e/fixtures) on 127.0.0.1 with an ephemeral port. */
export async function startServer(root = FIXTURES_DIR): Promise<FixtureServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    hits.push(path);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    // Never outside the fixture folder.
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    hits,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// ---------------------------------------------------------------------------
// Browser with the extension

export interface RecordedRequest {
  url: string;
  /** 'page' or 'service-worker' (as Playwright reports the frame or worker). */
  from: string;
  resourceType: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made since launch. */
  requests: RecordedRequest[];
  /** The tab id of a page (brings it to the front: the active tab is the one asked for). */
  tabIdOf(page: Page): Promise<number>;
  /** Badge text of a tab, read in the service worker. */
  badgeText(tabId: number): Promise<string>;
  /** The toolbar button's tooltip for a tab, read in the service worker. */
  badgeTitle(tabId: number): Promise<string>;
  /** Badge background colour of a tab as `#rrggbb`, read in the service worker. */
  badgeColor(tabId: number): Promise<string>;
  /** Sends a ContentRequest to the tab's content script from the service worker. */
  sendToTab<T = unknown>(tabId: number, message: unknown): Promise<T>;
  /** Opens `popup.html?tab=<tabId>` (+ hash) in a new tab. */
  openPopup(tabId?: number, hash?: string): Promise<Page>;
  openOptions(): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Extra Chromium flags (the benchmark may want some). */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  assertBuilt(extensionDir);
  // Service worker requests are reported to the context only with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const userDataDir = mkdtempSync(join(tmpdir(), 'sumber-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1100, height: 800 },
    args: [
      ...chromiumArgs(extensionDir),
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(options.args ?? []),
    ],
  });
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    let from = 'page';
    try {
      if (request.serviceWorker()) from = 'service-worker';
    } catch {
      // older Playwright: no serviceWorker() on requests
    }
    requests.push({ url: request.url(), from, resourceType: request.resourceType() });
  });

  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;

  const evalInWorker = <T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T> =>
    serviceWorker.evaluate(fn as never, arg) as Promise<T>;

  const browser: ExtensionBrowser = {
    context,
    serviceWorker,
    extensionId,
    requests,
    async tabIdOf(page) {
      await page.bringToFront();
      const url = page.url();
      return evalInWorker(async (expected: string) => {
        const c = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        const tabs = await c.tabs.query({});
        const byUrl = tabs.find((t) => t.url === expected);
        const id = byUrl?.id ?? active?.id;
        if (id === undefined) throw new Error(`no tab for ${expected}`);
        return id;
      }, url);
    },
    badgeText: (tabId) =>
      evalInWorker(
        (id: number) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({
            tabId: id,
          }),
        tabId,
      ),
    badgeTitle: (tabId) =>
      evalInWorker(
        (id: number) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getTitle({ tabId: id }),
        tabId,
      ),
    badgeColor: async (tabId) => {
      const rgba = await evalInWorker(
        (id: number) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeBackgroundColor({
            tabId: id,
          }),
        tabId,
      );
      return `#${rgba
        .slice(0, 3)
        .map((v) => v.toString(16).padStart(2, '0'))
        .join('')}`;
    },
    sendToTab: <T>(tabId: number, message: unknown) =>
      evalInWorker(
        ({ id, msg }: { id: number; msg: unknown }) =>
          (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(
            id,
            msg,
          ) as Promise<T>,
        { id: tabId, msg: message },
      ),
    async openPopup(tabId, hash = '') {
      const page = await context.newPage();
      const query = tabId === undefined ? '' : `?tab=${tabId}`;
      await page.goto(`chrome-extension://${extensionId}/popup.html${query}${hash}`);
      return page;
    },
    async openOptions() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return browser;
}

/** The few `chrome.*` calls made inside the service worker (no @types/chrome needed). */
/** Functions passed to `serviceWorker.evaluate` are serialised: they reach `chrome` inline. */
interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = ['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'];

/** Requests that went anywhere but 127.0.0.1 (the no-network promise, checked). */
export function offHostRequests(requests: readonly RecordedRequest[]): RecordedRequest[] {
  return requests.filter((r) => {
    let url: URL;
    try {
      url = new URL(r.url);
    } catch {
      return true;
    }
    if (LOCAL_SCHEMES.includes(url.protocol)) return false;
    return url.hostname !== '127.0.0.1';
  });
}

/** Polls until `read` returns something `accept` likes (content scripts run on their own time). */
export async function waitFor<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error; // e.g. the content script is not there yet
    }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(
    `timed out waiting for ${what}; last value: ${JSON.stringify(last)}; last error: ${String(lastError)}`,
  );
}
