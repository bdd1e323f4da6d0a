/** The stores need 16/32/48/128 px icons in the manifest; each file is a PNG of that size. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(join(root, 'public', file));
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('icons', () => {
  it('the manifest names an icon for each store size, in the toolbar too, and each PNG has that size', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    const icons = /const ICONS = (\{[^}]*\})/.exec(config)?.[1];
    expect(icons).toBeDefined();
    const map: Record<string, string> = Object.fromEntries(
      [...icons!.matchAll(/(\d+): '([^']+)'/g)].map((m) => [m[1]!, m[2]!]),
    );
    expect(Object.keys(map).sort((a, b) => Number(a) - Number(b))).toEqual([
      '16',
      '32',
      '48',
      '128',
    ]);
    for (const [size, file] of Object.entries(map))
      expect(pngSize(file)).toEqual({ width: Number(size), height: Number(size) });
    expect(config).toMatch(/icons: ICONS/);
    expect(config).toMatch(/default_icon: ICONS/);
  });
});
