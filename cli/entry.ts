/** Running a review command (npm run outlets, npm run institutions) as its own process. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './args';

export { UsageError };

export interface CommandResult {
  code: number;
  out: string;
  err: string;
}

/** The value of the option at `argv[at - 1]`, read at `at`; a usage error when it is missing. */
export function optionValue(argv: readonly string[], at: number): string {
  const next = argv[at];
  if (next === undefined) throw new UsageError(`${argv[at - 1]} needs a value`);
  return next;
}

/** Parses the arguments and runs the command, or reports a usage error (exit status 2). */
export function withArgs<T>(
  command: string,
  usage: string,
  parse: () => T,
  run: (args: T) => CommandResult,
): CommandResult {
  let args: T;
  try {
    args = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return { code: 2, out: '', err: `sumber ${command}: ${error.message}\n\n${usage}\n` };
  }
  return run(args);
}

/**
 * Runs `main` with the process's arguments when the module at `moduleUrl` is the entry point
 * (tests import the module and call main() themselves). A closed pipe ("| head") ends quietly.
 */
export function runAsEntry(moduleUrl: string, main: (argv: string[]) => CommandResult): void {
  const entry = process.argv[1];
  if (!entry || resolve(entry) !== fileURLToPath(moduleUrl)) return;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const { code, out, err } = main(process.argv.slice(2));
  if (err) process.stderr.write(err);
  if (out) process.stdout.write(out);
  process.exitCode = code;
}
