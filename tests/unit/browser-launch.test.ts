/**
 * One place finds Chromium and sets its flags (tests/e2e/harness.ts); the bench's launcher
 * (bench/lib/browser.ts) takes them from there. CHROME_PATH first, /usr/bin/chromium next,
 * a clear error when there is none.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const present = new Set<string>();
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, existsSync: (path: string) => present.has(String(path)) };
});

const { chromiumArgs, findChromium } = await import('@/tests/e2e/harness');

describe('findChromium', () => {
  const saved = process.env.CHROME_PATH;
  beforeEach(() => {
    present.clear();
    delete process.env.CHROME_PATH;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  });

  it('takes CHROME_PATH first', () => {
    present.add('/opt/chrome/chrome').add('/usr/bin/chromium');
    process.env.CHROME_PATH = '/opt/chrome/chrome';
    expect(findChromium()).toBe('/opt/chrome/chrome');
  });

  it('says so when CHROME_PATH points nowhere, rather than quietly taking another browser', () => {
    present.add('/usr/bin/chromium');
    process.env.CHROME_PATH = '/nowhere/chrome';
    expect(() => findChromium()).toThrow(/CHROME_PATH .*\/nowhere\/chrome/);
  });

  it('takes /usr/bin/chromium next, before the other usual places', () => {
    present.add('/usr/bin/google-chrome').add('/usr/bin/chromium');
    expect(findChromium()).toBe('/usr/bin/chromium');
    present.delete('/usr/bin/chromium');
    expect(findChromium()).toBe('/usr/bin/google-chrome');
  });

  it('explains what to do when there is no Chromium', () => {
    expect(() => findChromium()).toThrow(/No Chromium found .*\/usr\/bin\/chromium.*CHROME_PATH/);
  });
});

describe('chromiumArgs', () => {
  it('loads only Sumber, or no extension at all for a control run', () => {
    const args = chromiumArgs('/ext');
    expect(args).toContain('--load-extension=/ext');
    expect(args).toContain('--disable-extensions-except=/ext');
    expect(args).not.toContain('--disable-extensions');
    const control = chromiumArgs(null);
    expect(control).toContain('--disable-extensions');
    expect(control.some((a) => a.startsWith('--load-extension'))).toBe(false);
  });
});

describe('the bench launcher', () => {
  it('takes Chromium, its flags and the extension folder from the harness, with no lookup of its own', () => {
    const source = readFileSync('bench/lib/browser.ts', 'utf8');
    expect(source).toMatch(
      /import \{[^}]*\bfindChromium\b[^}]*\} from '\.\.\/\.\.\/tests\/e2e\/harness';/,
    );
    expect(source).not.toMatch(/CHROME_PATH|\/usr\/bin\//);
  });
});
