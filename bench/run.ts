/**
 * `npm run bench [-- section ...]`: every benchmark, printed as tables, then one PASS/MISS
 * line per target. Not part of `npm test`: figures depend on the machine (ratios against the
 * Readability anchor, measured in the same run, matter more than absolute milliseconds).
 *
 * Sections are registered here, one file each.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { REPO_ROOT } from './lib/repo';

type Section = () => Promise<string[]>;

const SECTIONS: Record<string, () => Promise<Section>> = {
  cli: async () => (await import('./cli-throughput')).run,
  'cli-process': async () => (await import('./cli-process')).run,
  scaling: async () => (await import('./scaling')).run,
  bundle: async () => (await import('./bundle')).run,
  chromium: async () => (await import('./chromium')).run,
  'engine-langs': async () => (await import('./engine-langs')).run,
};

function commit(): string {
  // A bench run on an exported snapshot (git archive) names its commit itself.
  if (process.env.BENCH_COMMIT) return process.env.BENCH_COMMIT;
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(
      `unknown section(s): ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`,
    );
    process.exit(2);
  }
  const names = asked.length > 0 ? asked : Object.keys(SECTIONS);
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Sumber bench at ${commit()} on ${cpus().length} x ${cpu}, Node ${process.version}`);
  console.log(
    'Caveat: shared machine; compare ratios (measured in the same run) rather than absolute times.',
  );
  const verdicts: string[] = [];
  for (const name of names) {
    const load = SECTIONS[name];
    if (!load) continue;
    try {
      verdicts.push(...(await (await load())()));
    } catch (error) {
      // One broken section must not hide the others' figures.
      console.error(
        `\n[${name}] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      verdicts.push(`FAIL  ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`\n== Targets ${'='.repeat(69)}\n${verdicts.join('\n')}`);
}

void main();
