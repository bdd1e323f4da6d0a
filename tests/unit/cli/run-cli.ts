/** Running the bundled `sumber` command as a user does, for the CLI's process tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TaskOptions } from '@/cli/task';
import { Report } from '@/core/report';

export const ROOT = join(import.meta.dirname, '../../..');
export const BIN = join(ROOT, '.output/cli/sumber.cjs');

/** Bundles the current source (cli/build.mjs), so the tests run what `npm link` would install. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'cli/build.mjs'), '--quiet'], { cwd: ROOT });
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The signal that ended the run: SIGTERM when the timeout below killed it. */
  signal?: NodeJS.Signals | null;
}

export function run(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...opts.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    signal: result.signal,
  };
}

export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

export function reports(stdout: string): Report[] {
  return jsonLines(stdout).map((line) => Report.parse(line));
}

/** What runBatch is given in the batch tests: JSON reports of plain text, no gate. */
export const PLAIN_JSON: TaskOptions = {
  json: true,
  extract: false,
  url: null,
  lang: null,
  gate: false,
  color: false,
};

/** Short text files in a new temporary folder, one per `text(i)`, and a way to remove them. */
export function textFiles(
  prefix: string,
  count: number,
  text: (i: number) => string,
): { files: string[]; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = Array.from({ length: count }, (_, i) => {
    const path = join(dir, `${i}.txt`);
    writeFileSync(path, text(i));
    return path;
  });
  return { files, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
