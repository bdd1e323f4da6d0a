/**
 * The command's entry files: the package's `bin` is the CommonJS launcher (sumber.cjs, which
 * starts faster than an ES module entry), and sumber.mjs, the entry of earlier versions that
 * scripts and notes still name, runs the same program with the same output, worker threads
 * included.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, buildCli, ROOT, run } from './run-cli';

const SAMPLES = ['cli/samples/sample-en.txt', 'cli/samples/sample-id.txt'];

describe('the sumber entry files', () => {
  beforeAll(buildCli, 120_000);

  it('names sumber.cjs as the bin and the analyze script', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
      scripts: Record<string, string>;
    };
    expect(join(ROOT, pkg.bin.sumber ?? '')).toBe(BIN);
    expect(pkg.scripts.analyze).toContain('.output/cli/sumber.cjs');
  });

  it('prints the same from sumber.mjs as from sumber.cjs, with two jobs too', () => {
    const args = ['--json', '--jobs', '2', ...SAMPLES];
    const legacy = spawnSync(process.execPath, [join(ROOT, '.output/cli/sumber.mjs'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const current = run(args);
    expect(current.status).toBe(0);
    expect(legacy.status).toBe(0);
    expect(legacy.stdout).toBe(current.stdout);
    expect(current.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });
});
