/**
 * The build saves each language pack beside the bundle and the command restores it instead of
 * compiling it: the files are there, named in the bundle, and a copy of the command without
 * them (packs compiled at run time) prints the very same reports, worker threads included.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, ROOT, run } from './run-cli';

const OUT = join(ROOT, '.output/cli');
const SAMPLES = ['cli/samples/sample-en.txt', 'cli/samples/sample-id.txt'];

describe('packs saved by the build', () => {
  let copy = '';
  beforeAll(() => {
    buildCli();
    copy = mkdtempSync(join(tmpdir(), 'sumber-packs-'));
    cpSync(OUT, copy, { recursive: true });
    for (const name of readdirSync(copy)) if (name.startsWith('pack-')) rmSync(join(copy, name));
  }, 120_000);
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('writes one file per language, named in the bundle', () => {
    const files = readdirSync(OUT).filter((name) => /^pack-.*\.json$/.test(name));
    expect(files.map((name) => name.split('-')[1]).sort()).toEqual(['en', 'id']);
    const bundle = readFileSync(join(OUT, 'sumber.bundle.js'), 'utf8');
    for (const name of files) expect(bundle).toContain(name);
  });

  it('prints the same reports as packs compiled at run time', () => {
    for (const jobs of ['1', '2']) {
      const args = ['--json', '--jobs', jobs, ...SAMPLES];
      const saved = run(args);
      const compiled = spawnSync(process.execPath, [join(copy, 'sumber.cjs'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(saved.status).toBe(0);
      expect(compiled.status).toBe(0);
      expect(saved.stdout).toBe(compiled.stdout);
      expect(saved.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    }
  });
});
