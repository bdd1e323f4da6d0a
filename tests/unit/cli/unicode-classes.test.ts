/**
 * The CLI build writes each Unicode property class of the project's regex literals out as
 * ranges (cli/unicode-classes.mjs): every class it writes must match exactly the code points
 * the class as written matches, and every rewritten regex the same text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import {
  classRanges,
  rewriteModule,
  splitPattern,
  unicodeClassesPlugin,
  writtenRanges,
} from '../../../cli/unicode-classes.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Every regex literal with a property in the project's own TypeScript (core, utils, cli). */
function projectPatterns(): Array<{ pattern: string; flags: string }> {
  const found: Array<{ pattern: string; flags: string }> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const classes = new Map<string, string>();
        const source = readFileSync(path, 'utf8');
        // The literals the rewrite found, read back from the constants it wrote.
        if (!rewriteModule(source, path, classes)) continue;
        for (const m of source.matchAll(/\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/([a-z]*)/g))
          if (m[1]?.includes('\\p{') && m[2]?.includes('u'))
            found.push({ pattern: m[1], flags: m[2] });
      }
    }
  };
  for (const dir of ['core', 'utils', 'cli']) walk(join(ROOT, dir));
  return found;
}

/** Every code point but the surrogates, in order, in one string. */
const EVERY_POINT = (() => {
  const chunks: string[] = [];
  for (let start = 0; start < 0x110000; start += 0x1000) {
    const points: number[] = [];
    for (let c = start; c < start + 0x1000; c++) if (c < 0xd800 || c > 0xdfff) points.push(c);
    chunks.push(String.fromCodePoint(...points));
  }
  return chunks.join('');
})();

/** The code points a class body matches, each found by a regex of that class alone. */
function matchedPoints(body: string): number[] {
  const one = new RegExp(`[${body}]`, 'gu');
  return [...EVERY_POINT.matchAll(one)].map((m) => m[0].codePointAt(0) as number);
}

/** The bodies of a pattern's classes that name a property, and its properties outside any. */
function propertyClasses(pattern: string): string[] {
  const found: string[] = [];
  for (const m of pattern.matchAll(/\\p\{[^}]+\}|\\.|\[\^?((?:[^\]\\]|\\.)*)\]/gi)) {
    if (m[0].startsWith('\\p')) found.push(m[0]);
    else if (m[1]?.includes('\\p{')) found.push(m[1]);
  }
  return found;
}

describe('Unicode property classes written out as ranges', () => {
  it('matches the same code points as the properties, merged and sorted', () => {
    for (const body of [
      '\\p{L}\\p{N}_',
      '\\p{Lu}\\d-',
      '\\p{Ll}\\p{M}',
      '\\p{Sentence_Terminal}\\u2024',
    ]) {
      const ranges = classRanges(body);
      for (let k = 1; k < ranges.length; k++)
        expect((ranges[k]?.[0] ?? 0) > (ranges[k - 1]?.[1] ?? 0) + 1).toBe(true);
      expect(matchedPoints(writtenRanges(ranges))).toEqual(matchedPoints(body));
    }
  });

  it('rewrites every class of the project regexes to the same code points', () => {
    const patterns = projectPatterns();
    expect(patterns.length).toBeGreaterThan(30);
    const checked = new Set<string>();
    for (const { pattern, flags } of patterns) {
      const parts = splitPattern(pattern);
      if (!parts) continue;
      expect(new RegExp(parts.join(''), flags).flags).toBe(flags);
      for (const body of propertyClasses(pattern)) {
        if (checked.has(body)) continue;
        checked.add(body);
        expect(matchedPoints(writtenRanges(classRanges(body)))).toEqual(matchedPoints(body));
      }
    }
    expect(checked.size).toBeGreaterThan(10);
  });

  it('keeps what a regex matches: case-insensitive, negated, lookbehind, astral letters', () => {
    const cases: Array<[RegExp, string[]]> = [
      [/^[\p{Lu}\d-]{2,}$/u, ['KPK', 'G-20', 'Kpk', 'ÉTÉ', '𝐀𝐁', 'ab']],
      [
        /(?<![\p{L}\d/])\p{Lu}\p{Ll}+\/\p{Lu}\p{Ll}+/u,
        ['the Smith/Jones report', 'a/Smith/Jones', 'Łódź/Kraków'],
      ],
      [/[^\p{L}\p{N}-]+/gu, ['well-known, ünïcode 42 — dash', '北京 and 東京']],
      [/^\p{Lu}[\p{L}.]*-\p{Ll}+$/iu, ['Pro-government', 'pro-GOVERNMENT', 'x-y', 'ǅ-ǆ']],
    ];
    for (const [regex, texts] of cases) {
      const parts = splitPattern(regex.source);
      expect(parts).not.toBeNull();
      const rewritten = new RegExp((parts as string[]).join(''), regex.flags);
      for (const text of texts)
        expect(
          [
            ...text.matchAll(new RegExp(rewritten.source, `${rewritten.flags.replace('g', '')}g`)),
          ].map(String),
        ).toEqual(
          [...text.matchAll(new RegExp(regex.source, `${regex.flags.replace('g', '')}g`))].map(
            String,
          ),
        );
    }
  });

  it('leaves patterns it cannot write out as they are', () => {
    expect(splitPattern('\\P{L}+')).toBeNull();
    expect(splitPattern('[\\p{L}\\s]+')).toBeNull();
    expect(splitPattern('[a-z]+')).toBeNull();
  });

  it('bundles a rewritten module that behaves as the source', async () => {
    const source = [
      "export const upper = (s: string) => /^[\\p{Lu}'\\u2019-]+/u.test(s);",
      'export const words = (s: string) => s.match(/[\\p{L}\\p{N}]+/gu) ?? [];',
    ].join('\n');
    const classes = new Map<string, string>();
    const rewritten = rewriteModule(source, 'probe.ts', classes);
    expect(rewritten).toContain('new RegExp(');
    expect(rewritten).not.toContain('\\p{');
    const result = await build({
      stdin: {
        contents: source,
        loader: 'ts',
        resolveDir: ROOT,
        sourcefile: join(ROOT, 'probe.ts'),
      },
      bundle: true,
      write: false,
      format: 'cjs',
      plugins: [unicodeClassesPlugin(ROOT)],
      logLevel: 'silent',
    });
    const module = {
      exports: {} as { upper: (s: string) => boolean; words: (s: string) => string[] },
    };
    new Function('module', 'exports', result.outputFiles[0]?.text ?? '')(module, module.exports);
    expect(module.exports.upper('ÉTAT')).toBe(true);
    expect(module.exports.upper('état')).toBe(false);
    expect(module.exports.words('Dua kata, 3 angka: 北京')).toEqual([
      'Dua',
      'kata',
      '3',
      'angka',
      '北京',
    ]);
  });
});
