/**
 * The `sumber` command's entry (bundled into .output/cli/sumber.bundle.js by cli/build.mjs). The same
 * file is the worker thread of a batch: a worker serves files, the main thread runs main().
 */
import { chdir } from 'node:process';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { main } from './analyze';
import { serveWorker, type V8FlagSwitch, type WorkerData } from './batch';
import { useBuiltPacks } from './saved-packs';

/** Passed by the launcher to the bundle's main thread (cli/build.mjs); none from source. */
declare const __sumberV8Flags: V8FlagSwitch | undefined;

useBuiltPacks();
const data = workerData as WorkerData | null;
if (!isMainThread && parentPort && data?.sumberWorker) {
  const port = parentPort;
  void serveWorker(data, (message) => port.postMessage(message));
} else {
  // `npm run analyze -- file.html` runs in the package folder; names are the caller's, so
  // they resolve against the folder npm was started in (INIT_CWD).
  const init = process.env.INIT_CWD;
  if (
    init &&
    process.env.npm_lifecycle_event === 'analyze' &&
    process.env.npm_package_name === 'sumber'
  ) {
    chdir(init);
  }
  const v8Flags = typeof __sumberV8Flags === 'object' ? __sumberV8Flags : undefined;
  main(process.argv.slice(2), { workerUrl: new URL(import.meta.url), v8Flags }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`sumber: internal error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
