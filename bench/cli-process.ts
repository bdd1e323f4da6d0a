/**
 * The `sumber` command as whole processes, start-up and all, in the same run as its anchors:
 * - throughput of `sumber --json` over the shared corpus (pages, id, wire, kompas) against a
 *   plain `linkedom + Readability.parse()` script on the same files (target >= 2x);
 * - start-up for one small file against bare `node -e 0` (target <= 2x);
 * - `--jobs 2` against `--jobs 1` (target >= 1.6x on 2 cores);
 * - peak memory (max RSS) for the corpus, and for 1,000 against 10,000 inputs (flat).
 * Runs alternate between the contenders, so machine noise hits both alike. CPU time (user +
 * system, all threads) is printed beside wall time: on a shared machine it shows the work done
 * when the wall clock shows the neighbours. `BENCH_CLI_BASELINE=/path/to/sumber.cjs` adds another
 * build of the command (e.g. main's) as a contender, for before/after ratios in one run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { corpusFiles, REPO_ROOT } from './lib/repo';
import { median, ratio } from './lib/stats';
import { heading, table, verdict } from './lib/table';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STARTUP_ROUNDS = Number(process.env.BENCH_STARTUP_ROUNDS ?? 9);
const FLAT_FILES = Number(process.env.BENCH_FLAT_FILES ?? 10_000);
const HEAP_MB = 64;
const BIN = join(REPO_ROOT, '.output/cli/sumber.cjs');
const ANCHOR = join(REPO_ROOT, 'bench/lib/readability-anchor.mjs');
const SMALL = join(REPO_ROOT, 'cli/samples/sample-en.txt');
const TIME = '/usr/bin/time';
const BASELINE = process.env.BENCH_CLI_BASELINE ?? '';

interface Timed {
  seconds: number;
  /** User + system CPU seconds (all threads), when /usr/bin/time is installed. */
  cpu: number | null;
  maxRssKb: number | null;
}

/** One process, wall time around it; max RSS through /usr/bin/time when it is installed. */
function timeProcess(args: string[], input?: string, env = process.env): Timed {
  const withTime = existsSync(TIME);
  const command = withTime ? TIME : process.execPath;
  const argv = withTime ? ['-f', 'maxrss=%M cpu=%U+%S', process.execPath, ...args] : args;
  const start = performance.now();
  const result = spawnSync(command, argv, {
    cwd: REPO_ROOT,
    env,
    input: input ?? '',
    maxBuffer: 1024 * 1024 * 1024,
    encoding: 'utf8',
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `${args.slice(0, 3).join(' ')} exited ${result.status}: ${result.stderr.slice(-400)}`,
    );
  }
  const rss = /maxrss=(\d+)/.exec(result.stderr)?.[1];
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : null,
    maxRssKb: rss ? Number(rss) : null,
  };
}

const mb = (kb: number | null): string => (kb === null ? '-' : `${(kb / 1024).toFixed(0)} MB`);

export async function run(): Promise<string[]> {
  execFileSync(process.execPath, [join(REPO_ROOT, 'cli/build.mjs'), '--quiet'], { cwd: REPO_ROOT });
  const { files, origin } = corpusFiles();
  const cores = availableParallelism();
  const out = [
    heading('The sumber command as whole processes (bundle: .output/cli/sumber.cjs)'),
    origin,
  ];
  const verdicts: string[] = [];

  // Throughput: default jobs, --jobs 1, --jobs 2 and the anchor, alternating, ROUNDS each.
  const contenders: Record<string, string[]> = {
    anchor: [ANCHOR, ...files],
    [`sumber --json (default --jobs ${cores})`]: [BIN, '--json', ...files],
    'sumber --json --jobs 1': [BIN, '--json', '--jobs', '1', ...files],
    'sumber --json --jobs 2': [BIN, '--json', '--jobs', '2', ...files],
  };
  if (BASELINE) {
    contenders['baseline --json --jobs 1'] = [BASELINE, '--json', '--jobs', '1', ...files];
    contenders['baseline --json --jobs 2'] = [BASELINE, '--json', '--jobs', '2', ...files];
  }
  const times: Record<string, Timed[]> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, args] of Object.entries(contenders))
      (times[name] ??= []).push(timeProcess(args));
  }
  const med = (name: string) => median((times[name] ?? []).map((t) => t.seconds));
  const cpuOf = (name: string) => median((times[name] ?? []).map((t) => t.cpu ?? Number.NaN));
  const rss = (name: string) =>
    Math.max(...(times[name] ?? []).map((t) => t.maxRssKb ?? 0)) || null;
  const anchor = med('anchor');
  out.push(
    `\nthroughput over ${files.length} pages, median of ${ROUNDS} whole-process runs (start-up included):`,
    table(
      ['process', 'seconds', 'pages/s', 'vs anchor', 'cpu s', 'cpu vs anchor', 'peak RSS'],
      Object.keys(contenders).map((name) => [
        name === 'anchor' ? 'node: linkedom + Readability.parse() (anchor)' : name,
        med(name).toFixed(2),
        (files.length / med(name)).toFixed(1),
        ratio(anchor / med(name)),
        cpuOf(name).toFixed(2),
        ratio(cpuOf('anchor') / cpuOf(name)),
        mb(rss(name)),
      ]),
    ),
  );
  const best = `sumber --json (default --jobs ${cores})`;
  verdicts.push(
    verdict(
      'sumber --json throughput >= 2x linkedom + Readability (whole process)',
      anchor / med(best) >= 2,
      `${ratio(anchor / med(best))} with --jobs ${cores}; ${ratio(anchor / med('sumber --json --jobs 1'))} with --jobs 1`,
    ),
  );
  const jobs = med('sumber --json --jobs 1') / med('sumber --json --jobs 2');
  verdicts.push(
    verdict(
      `--jobs 2 >= 1.6x --jobs 1 (${cores} cores here)`,
      jobs >= 1.6,
      `${ratio(jobs)} (CPU: --jobs 2 uses ${ratio(cpuOf('sumber --json --jobs 2') / cpuOf('sumber --json --jobs 1'))} the CPU of --jobs 1)`,
    ),
  );
  // What the ratio can be here: --jobs 1 already keeps more than one core busy (V8 compiles and
  // collects garbage on background threads), and --jobs 2 has more CPU to do (a second isolate
  // to start and warm up); even split perfectly over the cores, that CPU takes cpu2 / cores.
  const cpu1 = cpuOf('sumber --json --jobs 1');
  const cpu2 = cpuOf('sumber --json --jobs 2');
  if (Number.isFinite(cpu1) && Number.isFinite(cpu2)) {
    const ceiling = med('sumber --json --jobs 1') / (cpu2 / Math.min(2, cores));
    // Even a second thread that cost nothing (--jobs 2 doing only --jobs 1's CPU) is bounded by
    // the cores --jobs 1 leaves idle: below the target here, no scheduling can reach it.
    const free = med('sumber --json --jobs 1') / (cpu1 / Math.min(2, cores));
    const busy1 = cpu1 / med('sumber --json --jobs 1');
    verdicts.push(
      `INFO  cores kept busy: --jobs 1 ${busy1.toFixed(2)}, --jobs 2 ${(cpu2 / med('sumber --json --jobs 2')).toFixed(2)}; ` +
        `--jobs 2 with its CPU on ${Math.min(2, cores)} cores: at most ${ratio(ceiling)} --jobs 1; ` +
        `with no more CPU than --jobs 1: at most ${ratio(free)}` +
        // --jobs 1 alone keeps more than one core busy (V8's background threads): below one,
        // the neighbours had the cores and these wall-clock bounds are theirs, not the command's.
        (busy1 < 1 ? ' (machine loaded: wall-clock ratios here are not meaningful)' : ''),
    );
  }
  if (BASELINE) {
    const before = med('baseline --json --jobs 1') / med('sumber --json --jobs 1');
    verdicts.push(
      `INFO  vs baseline (${BASELINE}): --jobs 1 ${ratio(before)} faster, ${ratio(cpuOf('baseline --json --jobs 1') / cpuOf('sumber --json --jobs 1'))} less CPU; baseline vs anchor ${ratio(anchor / med('baseline --json --jobs 2'))} (--jobs 2)`,
    );
  }
  verdicts.push(
    `INFO  peak memory, whole corpus: ${mb(rss(best))} (--jobs ${cores}), ${mb(rss('sumber --json --jobs 1'))} (--jobs 1)`,
  );

  // Start-up: one small text file against bare node, alternating. Both run without
  // NODE_EXTRA_CA_CERTS: with it node parses a whole certificate bundle before any script,
  // which inflates bare node's time and so flatters the ratio.
  const clean = { ...process.env };
  delete clean.NODE_EXTRA_CA_CERTS;
  const bare: number[] = [];
  const one: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < STARTUP_ROUNDS; round++) {
    bare.push(timeProcess(['-e', '0'], '', clean).seconds);
    one.push(timeProcess([BIN, '--json', SMALL], '', clean).seconds);
    if (BASELINE) base.push(timeProcess([BASELINE, '--json', SMALL], '', clean).seconds);
  }
  const startup = median(one) / median(bare);
  out.push(
    `\nstart-up, median of ${STARTUP_ROUNDS}: node -e 0 ${(median(bare) * 1000).toFixed(0)} ms, ` +
      `sumber --json ${SMALL.slice(REPO_ROOT.length + 1)} ${(median(one) * 1000).toFixed(0)} ms (${ratio(startup)})` +
      (process.env.NODE_EXTRA_CA_CERTS ? ' (both with NODE_EXTRA_CA_CERTS unset)' : ''),
  );
  if (BASELINE)
    out.push(
      `  baseline ${(median(base) * 1000).toFixed(0)} ms (${ratio(median(base) / median(bare))})`,
    );
  verdicts.push(
    verdict('start-up for one small file <= 2x node -e 0', startup <= 2, ratio(startup)),
  );

  // Flat memory: the same small texts named 1,000 and FLAT_FILES times through --files-from -.
  const texts = [SMALL, join(REPO_ROOT, 'cli/samples/sample-id.txt')];
  const list = (n: number) => Array.from({ length: n }, (_, i) => texts[i % 2]).join('\n');
  // A heap ceiling makes V8 collect as it goes (left alone it grows the heap lazily), so RSS
  // shows what is kept; a run that kept its reports would die of it.
  const heap = `--max-old-space-size=${HEAP_MB}`;
  const small = timeProcess([heap, BIN, '--json', '--files-from', '-'], list(1000));
  const large = timeProcess([heap, BIN, '--json', '--files-from', '-'], list(FLAT_FILES));
  out.push(
    `\nmemory for a batch (sample texts through --files-from -, ${heap}): 1,000 inputs ${mb(small.maxRssKb)} ` +
      `in ${small.seconds.toFixed(1)} s; ${FLAT_FILES.toLocaleString('en')} inputs ${mb(large.maxRssKb)} in ${large.seconds.toFixed(1)} s`,
  );
  if (small.maxRssKb && large.maxRssKb) {
    const growth = large.maxRssKb / small.maxRssKb;
    verdicts.push(
      verdict(
        `memory flat: ${FLAT_FILES} inputs <= 1.25x the RSS of 1,000`,
        growth <= 1.25,
        ratio(growth),
      ),
    );
  }
  console.log(out.join('\n'));
  return verdicts;
}

if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
