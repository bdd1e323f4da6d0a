/**
 * The experience as a reader, a journalist and a trainer see it (issue 12), in real Chromium
 * with the built extension: "show in page" paints the sentence with highlighting off, the
 * explanation card appears beside the sentence on a long page, the page marks carry the same
 * numbers as the popup and N/P step through them, and the screenshots a reviewer looks at
 * (popup EN/ID, page marks with the legend, options EN/ID) land in test-results/screenshots/.
 * The legend and card live in a closed shadow root: they are read through the DevTools
 * protocol, which sees closed roots. `long-article.html` is a team-written long page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const SHOTS = join(RESULTS_DIR, 'screenshots');
let server: FixtureServer;
let ext: ExtensionBrowser;

interface Box {
  hidden: boolean;
  top: number;
  bottom: number;
  left: number;
  right: number;
  text: string;
}

const settled = (id: number) =>
  waitFor(
    () => ext.sendToTab<TabState>(id, { type: 'get-state' }),
    (s) => s.status === 'ready',
    20_000,
    `tab ${id} ready`,
  );

async function openArticle(path: string): Promise<{ page: Page; tabId: number; report: Report }> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  const tabId = await ext.tabIdOf(page);
  const state = await settled(tabId);
  return { page, tabId, report: state.report as Report };
}

/** Elements matching `selector` inside Sumber's (closed) shadow root, with their boxes. */
async function inShadow(page: Page, selector: string): Promise<Box[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Node = { nodeName: string; nodeId: number; children?: Node[]; shadowRoots?: Node[] };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: Node;
    };
    const find = (n: Node): Node | null =>
      n.nodeName === 'SUMBER-UI'
        ? n
        : (n.children ?? []).reduce<Node | null>((hit, c) => hit ?? find(c), null);
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return [];
    const { nodeIds } = (await cdp.send('DOM.querySelectorAll', {
      nodeId: shadow.nodeId,
      selector,
    })) as { nodeIds: number[] };
    const boxes: Box[] = [];
    for (const nodeId of nodeIds) {
      const { object } = (await cdp.send('DOM.resolveNode', { nodeId })) as {
        object: { objectId: string };
      };
      const { result } = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration:
          'function(){const r=this.getBoundingClientRect();return {hidden:this.hidden||r.width===0,top:r.top,bottom:r.bottom,left:r.left,right:r.right,text:this.textContent}}',
        returnByValue: true,
      })) as { result: { value: Box } };
      boxes.push(result.value);
    }
    return boxes;
  } finally {
    await cdp.detach();
  }
}

/** Viewport rects of the first line of each range in a highlight, and the range texts. */
function highlightBoxes(
  page: Page,
  name: string,
): Promise<
  { text: string; top: number; left: number; bottom: number; width: number; height: number }[]
> {
  return page.evaluate((n) => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(n);
    return [...(h ?? [])].map((r) => {
      const first = r.getClientRects()[0] ?? r.getBoundingClientRect();
      return {
        text: r.toString().replace(/\s+/g, ' ').trim(),
        top: first.top,
        left: first.left,
        bottom: first.bottom,
        width: first.width,
        height: first.height,
      };
    });
  }, name);
}

/** Share of the pixels in a screenshot region close to the focus mark's colour (#111827). */
async function darkShare(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<number> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, img.width, img.height).data;
    let dark = 0;
    for (let i = 0; i < px.length; i += 4)
      if (Math.abs(px[i]! - 17) + Math.abs(px[i + 1]! - 24) + Math.abs(px[i + 2]! - 39) < 40)
        dark++;
    return dark / (px.length / 4);
  }, png);
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await ext.openPopup(tabId);
  await popup.setViewportSize({ width: 400, height: 720 });
  await popup.getByTestId('state-ready').waitFor();
  return popup;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('show in page', () => {
  it('paints the sentence even when highlighting is off', async () => {
    const { page, tabId, report } = await openArticle('article-en.html');
    expect((await ext.sendToTab<TabState>(tabId, { type: 'get-state' })).highlight).toBe(false);
    const target = report.claims.find((c) => c.flags.includes('state_media')) ?? report.claims[0]!;
    const popup = await popupFor(tabId);
    await popup.locator(`[data-claim-id="${target.id}"] [data-testid="show-claim"]`).click();
    await page.bringToFront();
    await waitFor(
      () => highlightBoxes(page, 'sumber-focus'),
      (b) => b.length === 1 && b[0]!.text === target.sentence,
      5_000,
      'focus range',
    );
    // The card shows once the scroll has ended: from then on the sentence stays put.
    await waitFor(
      () => inShadow(page, '.card'),
      (c) => c.length === 1 && !c[0]!.hidden,
      8_000,
      'card shown',
    );
    // The mark blinks three times before it stays: read its box while it is on.
    const [box] = await waitFor(
      () => highlightBoxes(page, 'sumber-focus'),
      (b) => b.length === 1,
      5_000,
      'focus range on',
    );
    const clip = {
      x: box!.left,
      y: box!.top,
      width: Math.max(40, Math.min(box!.width, 300)),
      height: Math.max(8, box!.height),
    };
    // The mark blinks, then stays: wait until it is painted.
    const share = await waitFor(
      () => darkShare(page, clip),
      (s) => s > 0.3,
      5_000,
      'focus mark painted',
    );
    expect(share).toBeGreaterThan(0.3);
    await popup.close();
    await page.close();
  });

  it('the card appears beside the sentence at the bottom of a long page', async () => {
    const { page, tabId, report } = await openArticle('long-article.html');
    const last = report.claims[report.claims.length - 1]!;
    const popup = await popupFor(tabId);
    await popup.locator(`[data-claim-id="${last.id}"] [data-testid="show-claim"]`).click();
    await page.bringToFront();
    const [card] = await waitFor(
      () => inShadow(page, '.card'),
      (c) => c.length === 1 && !c[0]!.hidden,
      8_000,
      'card shown',
    );
    const viewport = page.viewportSize()!;
    const [sentence] = await waitFor(
      () => highlightBoxes(page, 'sumber-focus'),
      (b) => b.length === 1,
      5_000,
      'focus range on',
    );
    expect(card!.top).toBeGreaterThanOrEqual(0);
    expect(card!.bottom).toBeLessThanOrEqual(viewport.height);
    expect(sentence!.top).toBeGreaterThanOrEqual(0);
    expect(sentence!.bottom).toBeLessThanOrEqual(viewport.height);
    // Next to the sentence where it is now: 16 px below it, or just above it when the
    // sentence is at the bottom of the window (as here, at the end of the page).
    const below = Math.abs(card!.top - (sentence!.bottom + 16)) <= 4;
    const above = card!.bottom <= sentence!.top + 2 && sentence!.top - card!.bottom < 40;
    expect(below || above, JSON.stringify({ card, sentence })).toBe(true);
    expect(card!.text).toContain(`${report.claims.length}`);
    await popup.close();
    await page.close();
  });
});

describe('trainer marks', () => {
  it('numbers the marks as the popup does, marks source and cue words, and N/P step through them', async () => {
    const { page, tabId, report } = await openArticle('article-en.html');
    await ext.sendToTab(tabId, { type: 'set-highlight', on: true });
    await page.bringToFront();
    const labels = await waitFor(
      () => inShadow(page, '.num'),
      (l) => l.length > 0,
      5_000,
      'numbered marks',
    );
    // Each claim's sentence starts where the label with its number ends.
    const kinds = [...new Set(report.claims.map((c) => `sumber-${c.source.kind}`))];
    const sentences = (await Promise.all(kinds.map((k) => highlightBoxes(page, k)))).flat();
    expect(labels.length).toBe(report.claims.length);
    for (const [i, claim] of report.claims.entries()) {
      const label = labels.find((l) => l.text === String(i + 1));
      const sentence = sentences.find((s) => s.text === claim.sentence);
      expect(label, `label ${i + 1}`).toBeDefined();
      expect(sentence, claim.id).toBeDefined();
      expect(Math.abs(label!.right - sentence!.left), `label ${i + 1} x`).toBeLessThanOrEqual(3);
      expect(label!.top).toBeLessThan(sentence!.bottom);
    }
    // The popup shows the same numbers on the same claims, whichever order it lists them in.
    const popup = await popupFor(tabId);
    const shown = await popup
      .locator('[data-testid="claim"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-claim-id'),
          e.querySelector('.claim__num')?.textContent,
        ]),
      );
    for (const [id, num] of shown)
      expect(num, id ?? '').toBe(String(report.claims.findIndex((c) => c.id === id) + 1));
    await popup.close();

    const sourceWords = (await highlightBoxes(page, 'sumber-source-words')).map((b) => b.text);
    const cueWords = (await highlightBoxes(page, 'sumber-cue-words')).map((b) => b.text);
    expect(sourceWords.length).toBeGreaterThan(0);
    expect(cueWords.length).toBeGreaterThan(0);
    for (const words of [...sourceWords, ...cueWords])
      expect(
        report.claims.some((c) => c.sentence.includes(words)),
        words,
      ).toBe(true);

    await page.bringToFront();
    await page.mouse.click(5, 5);
    const focused = async () => (await highlightBoxes(page, 'sumber-focus')).map((b) => b.text);
    await page.keyboard.press('n');
    expect(await waitFor(focused, (f) => f.length === 1, 3_000, 'first mark')).toEqual([
      report.claims[0]!.sentence,
    ]);
    await page.keyboard.press('n');
    expect(
      await waitFor(focused, (f) => f[0] === report.claims[1]!.sentence, 3_000, 'second mark'),
    ).toEqual([report.claims[1]!.sentence]);
    await page.keyboard.press('p');
    expect(
      await waitFor(
        focused,
        (f) => f[0] === report.claims[0]!.sentence,
        3_000,
        'back to the first',
      ),
    ).toEqual([report.claims[0]!.sentence]);
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, 'page-marks-en.png') });
    const legend = await inShadow(page, '.legend');
    expect(legend).toHaveLength(1);
    expect(legend[0]!.text).toMatch(/Underline/);
    await page.close();
  });
});

describe('screenshots', () => {
  it('popup in English and Indonesian, the options page in both, credits from state media listed', async () => {
    const { page, tabId, report } = await openArticle('article-en.html');
    const popup = await popupFor(tabId);
    if ((report.credits ?? []).some((c) => c.stateMedia)) {
      expect(await popup.getByTestId('state-credit').first().textContent()).toContain('Xinhua');
    }
    await popup.screenshot({ path: join(SHOTS, 'popup-en.png'), fullPage: true });
    await popup.close();
    const options = await ext.openOptions();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.screenshot({ path: join(SHOTS, 'options-en.png'), fullPage: true });
    await options.getByTestId('opt-ui-language').selectOption('id');
    await waitFor(
      () => options.evaluate(() => document.documentElement.lang),
      (l) => l === 'id',
      5_000,
      'options in Indonesian',
    );
    await options.screenshot({ path: join(SHOTS, 'options-id.png'), fullPage: true });
    const id = await openArticle('article-id.html');
    const popupId = await popupFor(id.tabId);
    // The popup reads the saved language on its own, after the options page has saved it.
    await waitFor(
      () => popupId.evaluate(() => document.documentElement.lang),
      (l) => l === 'id',
      5_000,
      'popup in Indonesian',
    );
    await popupId.screenshot({ path: join(SHOTS, 'popup-id.png'), fullPage: true });
    await options.getByTestId('opt-ui-language').selectOption('auto');
    await popupId.close();
    await options.close();
    await id.page.close();
    await page.close();
  });

  it('no request left 127.0.0.1', () => {
    expect(offHostRequests(ext.requests)).toEqual([]);
  });
});
