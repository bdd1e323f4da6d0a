/**
 * `sumber [options] [FILE|DIR...]` (also `npm run analyze -- ...`): the command-line twin of
 * the extension. Same extraction (utils/extract), same engine (core/analyze).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { runBatch, type V8FlagSwitch } from './batch';
import { expandInputs, readFileList } from './inputs';
import { InputError } from './read-input';
import { pickStyle, sanitizeForTerminal } from './render';
import type { TaskOptions } from './task';

export { analyzeFile, loadInput } from './task';

declare const __SUMBER_VERSION__: string | undefined;

/** The bundled sample articles, named relative to where the CLI runs (source or bundle). */
export function samples(): string[] {
  const dirs = ['samples/', '../../cli/samples/'].map((p) => new URL(p, import.meta.url));
  const dir = dirs.find((d) => existsSync(fileURLToPath(d))) ?? dirs[0];
  return ['sample-en.txt', 'sample-id.txt'].map((name) =>
    relative(process.cwd(), fileURLToPath(new URL(name, dir))),
  );
}

export function version(): string {
  if (typeof __SUMBER_VERSION__ === 'string') return __SUMBER_VERSION__;
  const url = new URL('../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

export interface MainContext {
  /** The bundle or script that a worker thread runs; null = no workers. */
  workerUrl: URL | null;
  /** The launcher's V8 flags, put back to V8's defaults while workers start (none from source). */
  v8Flags?: V8FlagSwitch;
}

export async function main(
  argv: readonly string[],
  context: MainContext = { workerUrl: null },
): Promise<number> {
  // `sumber ... | head`: a closed pipe ends the run quietly, like other Unix tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.filesFrom === '-' && args.files.includes('-')) {
      throw new UsageError('standard input cannot be both --files-from - and a FILE (-)');
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sumber: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`sumber ${version()}\n`);
    return 0;
  }
  let named = args.files;
  if (args.filesFrom !== null) {
    try {
      named = [...named, ...readFileList(args.filesFrom)];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      process.stderr.write(`sumber: ${sanitizeForTerminal(args.filesFrom)}: ${error.message}\n`);
      return 1;
    }
  }
  const files = expandInputs(named.length > 0 || args.filesFrom !== null ? named : samples());
  const style = pickStyle(args.color, Boolean(process.stdout.isTTY), process.env);
  const options: TaskOptions = {
    json: args.json,
    extract: args.extract,
    url: args.url,
    lang: args.lang,
    gate: args.gate && !args.force,
    color: style.bold('') !== '',
  };
  const progress = new Progress(files.length, Boolean(process.stderr.isTTY) && files.length > 1);
  let failed = 0;
  let first = true;
  await runBatch(
    files,
    options,
    args.jobs ?? defaultJobs(files.length),
    context.workerUrl,
    {
      write(_index, file, result) {
        progress.clear();
        let flowing = true;
        if (result.out === null) {
          failed++;
          process.stderr.write(`sumber: ${sanitizeForTerminal(file)}: ${result.error}\n`);
        } else {
          const gap = !args.json && !first ? '\n' : '';
          flowing = process.stdout.write(`${gap}${result.out}\n`);
          first = false;
        }
        progress.step(file);
        return flowing;
      },
      drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
    },
    context.v8Flags,
  );
  progress.clear();
  return failed > 0 ? 1 : 0;
}

/**
 * A worker thread's start (loading the bundle, compiling the lexicons, warming up) costs about
 * as much CPU as analysing this many news pages: a shorter list is done sooner without it.
 */
const FILES_PER_WORKER = 16;

/** One job per core, but no worker that would not earn its start-up. */
export function defaultJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)));
}

/** "[12/300] path" on one stderr line, redrawn at most ten times a second; terminals only. */
class Progress {
  private done = 0;
  private shown = false;
  private lastDraw = 0;
  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}
  step(file: string): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const name = sanitizeForTerminal(file).slice(-60);
    process.stderr.write(`\r\u001b[K[${this.done}/${this.total}] ${name}`);
    this.shown = true;
  }
  clear(): void {
    if (this.shown) process.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}
