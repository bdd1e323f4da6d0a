/** The core must stay free of browser and DOM globals: the CLI and the worker share it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const FORBIDDEN = [
  /from\s+['"](?:wxt(?:\/[^'"]*)?|#imports|webextension-polyfill|@wxt-dev\/[^'"]+)['"]/,
  /\b(?:document|window|navigator|chrome|browser|localStorage)\s*[.[]/,
];

describe('core/ purity', () => {
  const files = tsFiles('core');
  it('has files to check', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s uses no browser or extension API', (file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    for (const pattern of FORBIDDEN) expect(code).not.toMatch(pattern);
  });
});
