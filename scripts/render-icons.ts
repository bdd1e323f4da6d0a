/**
 * Renders the extension icons (public/icon/<size>.png, committed) from the SVGs beside this
 * script with the Chromium the browser tests use: `npx tsx scripts/render-icons.ts`.
 * 16 px has its own drawing on the pixel grid so it reads in the toolbar; 32, 48 and 128 px
 * are the full icon.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChromium } from '../tests/e2e/harness';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'public', 'icon');
const SIZES: Record<number, string> = {
  16: 'icon-small.svg',
  32: 'icon.svg',
  48: 'icon.svg',
  128: 'icon.svg',
};

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const [size, file] of Object.entries(SIZES)) {
    const svg = readFileSync(join(here, file)).toString('base64');
    await page.setViewportSize({ width: Number(size), height: Number(size) });
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" style="display:block">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true }));
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
