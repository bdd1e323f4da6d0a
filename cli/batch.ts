/**
 * Running many inputs: in the main thread (one job, or one file) or in worker threads, with
 * results written in input order as soon as every earlier one is written. Only a bounded window
 * of files is ever in flight or waiting, and nothing is kept once written: memory stays flat
 * for any number of files.
 *
 * The threads take inputs from one shared queue (an index in shared memory, see WorkQueue), so
 * no thread waits for another to hand it work: while the main thread analyses a long page, a
 * worker goes on to the next file by itself (with the main thread handing files out, a worker
 * ran dry behind a 200-350 ms page), and whichever thread is free at the end takes the last
 * files.
 */
import { Worker } from 'node:worker_threads';
import { runTask, type TaskOptions, type TaskResult } from './task';
import { WorkQueue } from './work-queue';

export interface BatchSink {
  /**
   * Called once per input, in input order. False: the output is backed up (a slow reader of a
   * pipe); no more is written until `drained` resolves, so unwritten reports never pile up.
   */
  write(index: number, file: string, result: TaskResult): boolean;
  drained(): Promise<void>;
}

/** A worker's answer: it has compiled its start (cli/launcher.cjs), a result, or an input only
 * the main thread can read (standard input). */
type WorkerReply =
  { ready: true } | { index: number; result: TaskResult } | { index: number; mainOnly: true };

/**
 * The process's V8 flags (cli/launcher.cjs): V8's defaults or the command's own. A worker
 * thread starts faster under the defaults: Node's modules and the bundle are compiled from
 * code caches made under them (with the command's flags a worker's start took 2.2x the
 * instructions, callgrind).
 */
export interface V8FlagSwitch {
  defaults(): void;
  own(): void;
}

/** What a worker is started with. */
export interface WorkerData {
  sumberWorker: true;
  options: TaskOptions;
  files: readonly string[];
  /** The shared queue's memory (WorkQueue). */
  queue: SharedArrayBuffer;
}

/**
 * Inputs taken but not yet printed, at most (per thread). Generous, so that a worker never
 * waits while the main thread is busy with a long page and cannot print (a report is a few
 * KB: 64 per thread is well under 1 MB a thread on news pages).
 */
const WINDOW_PER_THREAD = 64;
/**
 * A worker's young generation, at most: V8's default (48 MB) is only reached after thousands
 * of files, so a long batch ended with 25-30 MB more RSS than a short one (10,000 inputs 1.25x
 * the RSS of 1,000; 1.11x with this cap) for no gain in speed over the corpus.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

export async function runBatch(
  files: readonly string[],
  options: TaskOptions,
  jobs: number,
  workerUrl: URL | null,
  sink: BatchSink,
  v8Flags?: V8FlagSwitch,
): Promise<void> {
  // Standard input is read by the main thread; a single file is not worth a worker's start.
  const threads = Math.min(jobs, files.length);
  if (threads <= 1 || workerUrl === null) {
    // Without this wait a run that never leaves its microtasks (text files) would queue every
    // report in memory while the pipe is full: the event loop is what writes them out.
    for (const [index, file] of files.entries()) {
      if (!sink.write(index, file, await runTask(file, options))) await sink.drained();
    }
    return;
  }
  const queue = new WorkQueue();
  const window = threads * WINDOW_PER_THREAD;
  // The main thread is one of the jobs: one isolate less to start and warm up.
  const data: WorkerData = { sumberWorker: true, options, files, queue: queue.buffer };
  // V8's default flags until every worker has compiled its start. No input is taken before:
  // a regular expression the main thread compiled under them would never be compiled to
  // machine code (their tier-up), and a function made under them would be optimised sooner.
  v8Flags?.defaults();
  let starting = v8Flags ? threads - 1 : 0;
  const start = (): void => {
    v8Flags?.own();
    queue.allow(Math.min(files.length, window));
  };
  if (starting === 0) start();
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Worker(workerUrl, {
        workerData: data,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  const done = new Map<number, TaskResult>();
  /** Inputs that only the main thread can read (standard input), taken by a worker. */
  const mainOnly: number[] = [];
  let mainBusy = false;
  let printed = 0; // next input to print
  /** The output is backed up: nothing more is written or taken until it drains. */
  let waiting = false;
  await new Promise<void>((resolve, reject) => {
    const flush = (): void => {
      for (let r = done.get(printed); r !== undefined && !waiting; r = done.get(printed)) {
        done.delete(printed);
        const flowing = sink.write(printed, files[printed] ?? '', r);
        printed++;
        if (!flowing) {
          waiting = true;
          void sink.drained().then(() => {
            waiting = false;
            flush();
            runHere();
          }, reject);
        }
      }
      if (printed === files.length) resolve();
      else if (!waiting) queue.allow(Math.min(files.length, printed + window));
    };
    /** The main thread takes the next input when it is free (between its own inputs). */
    const runHere = (): void => {
      if (mainBusy || starting > 0) return;
      const index = mainOnly.shift() ?? queue.take();
      if (index < 0) return;
      mainBusy = true;
      // A macrotask first, so that workers' answers are printed before this input runs.
      setImmediate(() => {
        void runTask(files[index] ?? '', options).then((result) => {
          mainBusy = false;
          done.set(index, result);
          flush();
          runHere();
        }, reject);
      });
    };
    for (const worker of workers) {
      let compiled = false;
      /** The worker has compiled its start, or ended before it could. */
      const started = (): void => {
        if (compiled) return;
        compiled = true;
        if (--starting === 0) start();
      };
      worker.on('exit', () => {
        started();
        runHere();
      });
      worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) started();
        else if ('mainOnly' in reply) mainOnly.push(reply.index);
        else {
          done.set(reply.index, reply.result);
          flush();
        }
        runHere();
      });
      worker.on('error', reject);
    }
    runHere();
  }).finally(() => {
    if (starting > 0) v8Flags?.own();
    queue.close();
    return Promise.all(workers.map((w) => w.terminate()));
  });
}

/**
 * The worker side: take inputs from the shared queue until it is closed, answering each with
 * its printable result. Standard input (`-`) goes back to the main thread.
 */
export async function serveWorker(
  data: WorkerData,
  reply: (message: WorkerReply) => void,
): Promise<void> {
  const queue = new WorkQueue(data.queue);
  for (let index = queue.take(true); index >= 0; index = queue.take(true)) {
    const file = data.files[index] ?? '';
    if (file === '-') reply({ index, mainOnly: true });
    else reply({ index, result: await runTask(file, data.options) });
    // Back to the event loop between inputs, as a thread that is sent its work does: V8 and
    // Node run some of their clean-up there (foreground GC tasks, finalizers).
    await new Promise((resolve) => setImmediate(resolve));
  }
}
