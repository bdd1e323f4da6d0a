/**
 * Catastrophic backtracking is caught by a tool made for it (eslint-plugin-regexp), not by
 * review. This test proves the lint is live: it flags known-bad patterns, passes a safe one,
 * and the rules are errors for every folder that holds source code.
 */
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'] as const;
/** Rule severity 2 = error; ESLint may report it as a number or a string. */
const isError = (setting: unknown) => {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level === 2 || level === 'error';
};

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(code: string, file: string) {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('regexp/no-super-linear'));
}

// The first lint loads ESLint and the project's config: 6 s on a loaded 2-core machine, over vitest's 5 s default.
describe('regex backtracking lint', { timeout: 60_000 }, () => {
  it('flags the textbook catastrophic pattern /(a+)+$/ as an error', async () => {
    const messages = await lint('export const bad = /(a+)+$/;\n', 'core/__lint_probe__.ts');
    expect(messages.map((m) => m.ruleId)).toContain('regexp/no-super-linear-backtracking');
    expect(messages.every((m) => m.severity === 2)).toBe(true);
  });

  it('flags other super-linear shapes, including ones built with new RegExp', async () => {
    const samples = [
      'export const a = /\\s*\\s*$/;',
      'export const b = /(?:\\w+\\s?)+:/;',
      "export const c = new RegExp('(x|x)*y');",
      'export const d = /^(\\d+)*$/;',
    ];
    for (const code of samples) {
      const messages = await lint(`${code}\n`, 'utils/__lint_probe__.ts');
      expect(messages.length, code).toBeGreaterThan(0);
    }
  });

  it('flags a super-linear move in product code', async () => {
    // Unanchored /a*b/ re-scans from every start position: quadratic on "aaaa...".
    const messages = await lint(
      'export const f = (s: string) => /\\s*said/.test(s);\n',
      'core/__lint_probe__.ts',
    );
    expect(messages.map((m) => m.ruleId)).toContain('regexp/no-super-linear-move');
  });

  it('passes a linear pattern (no false alarm on the style the lexicons use)', async () => {
    const messages = await lint(
      'export const ok = /\\b(?:said|told|according to)\\b/iu;\n',
      'core/__lint_probe__.ts',
    );
    expect(messages).toEqual([]);
  });

  // Every top-level folder with TypeScript source, so a new folder cannot slip out of the rule.
  const SOURCE_DIRS = ['core', 'utils', 'entrypoints', 'components', 'cli', 'bench', 'tests'];
  const present = new Set(
    readdirSync('.', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );

  it.each(SOURCE_DIRS.filter((dir) => present.has(dir)))(
    'configures the backtracking rule as an error for %s/',
    async (dir) => {
      for (const ext of ['ts', 'tsx']) {
        const config = (await eslint.calculateConfigForFile(`${dir}/__probe__.${ext}`)) as {
          rules?: Record<string, unknown>;
        };
        expect(isError(config.rules?.[RULES[0]]), `${dir}/*.${ext}`).toBe(true);
      }
    },
  );

  it.each(['core', 'utils', 'entrypoints', 'components', 'cli'].filter((dir) => present.has(dir)))(
    'configures the super-linear move rule as an error for product code in %s/',
    async (dir) => {
      const config = (await eslint.calculateConfigForFile(`${dir}/__probe__.ts`)) as {
        rules?: Record<string, unknown>;
      };
      expect(isError(config.rules?.[RULES[1]])).toBe(true);
    },
  );

  it('ignores no source folder', async () => {
    for (const dir of SOURCE_DIRS.filter((d) => present.has(d))) {
      expect(await eslint.isPathIgnored(`${dir}/__probe__.ts`), dir).toBe(false);
    }
  });
});
