/** Running the bundled `sumber` command as a user does, for the CLI's process tests. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
