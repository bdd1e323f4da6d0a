/** Running a review command (npm run outlets, npm run institutions) as its own process. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CommandResult {
  code: number;
  out: string;
  err: string;
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
