/**
 * Running many inputs: in the main thread (one job, or one file) or in worker threads, with
 * results written in input order as soon as every earlier one is written. Only a bounded window
 * of files is ever in flight or waiting, and nothing is kept once written: memory stays flat
 * for any number of files.
 *
 * The threads take work themselves: each (the main thread too) claims the next input from a
 * counter they share, so a worker never waits for the main thread to hand it a file. Handing
 * out files by message left a worker idle whenever the main thread was busy with a long page
 * (or descheduled on a busy machine): 0.8 s of the worker's 5.6 s over the corpus.
 */
import { Worker } from 'node:worker_threads';
import { runTask, type TaskOptions, type TaskResult } from './task';

export interface BatchSink {
  /**
   * Called once per input, in input order. False: the output is backed up (a slow reader of a
   * pipe); no more is written until `drained` resolves, so unwritten reports never pile up.
   */
  write(index: number, file: string, result: TaskResult): boolean;
  drained(): Promise<void>;
}

/** A worker's answer; a null result: the input is standard input, for the main thread. */
export interface WorkerReply {
  index: number;
  result: TaskResult | null;
}

/** What a worker thread is started with. */
export interface WorkerSetup {
  sumberWorker: true;
  options: TaskOptions;
  files: readonly string[];
  /** Two Int32 cells shared by every thread of the batch: NEXT and PRINTED. */
  shared: SharedArrayBuffer;
  /** No input is started this far or more ahead of the output. */
  window: number;
}

/** The next input to claim (Atomics.add), and how many inputs are printed. */
const NEXT = 0;
const PRINTED = 1;

/** Inputs done but not yet printed, at most (per thread): a slow page holds back little. */
const WINDOW_PER_THREAD = 16;
/**
 * A worker's young generation, at most: V8's default (48 MB) is only reached after thousands
 * of files, so a long batch ended with 25-30 MB more RSS than a short one (10,000 inputs 1.25x
 * the RSS of 1,000; 1.11x with this cap) for no gain in speed over the corpus.
 */
const WORKER_YOUNG_GENERATION_MB = 24;
/** A worker ahead of the output checks again this often (ms) while it waits. */
const WAIT_MS = 100;

export async function runBatch(
  files: readonly string[],
  options: TaskOptions,
  jobs: number,
  workerUrl: URL | null,
  sink: BatchSink,
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
  const window = threads * WINDOW_PER_THREAD;
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const cells = new Int32Array(shared);
  const setup: WorkerSetup = { sumberWorker: true, options, files, shared, window };
  // The main thread is one of the jobs: one isolate less to start and warm up.
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Worker(workerUrl, {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  const done = new Map<number, TaskResult>();
  /** Standard input, claimed by a worker: only the main thread can read it. */
  const forMain: number[] = [];
  let printed = 0; // next input to print
  let mainBusy = false;
  /** The output is backed up: nothing more is started here until it drains. */
  let waiting = false;
  await new Promise<void>((resolve, reject) => {
    const flush = (): void => {
      // A backed-up output takes nothing more, finished reports included, until it drains.
      while (!waiting) {
        const r = done.get(printed);
        if (r === undefined) break;
        done.delete(printed);
        const flowing = sink.write(printed, files[printed] ?? '', r);
        printed++;
        if (!flowing) {
          waiting = true;
          void sink.drained().then(() => {
            waiting = false;
            flush();
            work();
          }, reject);
        }
      }
      if (!waiting) publish();
      if (printed === files.length) resolve();
    };
    /** Lets waiting workers go on (never while the output is backed up). */
    const publish = (): void => {
      Atomics.store(cells, PRINTED, printed);
      Atomics.notify(cells, PRINTED);
    };
    /** The main thread claims its next input, if it is free and the window has room. */
    const work = (): void => {
      if (mainBusy || waiting) return;
      let index = forMain.shift();
      if (index === undefined) {
        const next = Atomics.load(cells, NEXT);
        if (next >= files.length || next >= printed + window) return;
        index = Atomics.add(cells, NEXT, 1);
        if (index >= files.length) return;
      }
      mainBusy = true;
      const claimed = index;
      // A macrotask first, so workers' answers are taken (and printed) before this one.
      setImmediate(() => {
        void runTask(files[claimed] ?? '', options).then((result) => {
          mainBusy = false;
          done.set(claimed, result);
          flush();
          work();
        }, reject);
      });
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.result === null) forMain.push(reply.index);
        else done.set(reply.index, reply.result);
        flush();
        work();
      });
      worker.on('error', reject);
    }
    if (files.length === 0) resolve();
    work();
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
}

/**
 * The worker side: claims inputs from the shared counter until none is left, analyses each and
 * answers with the printable result, never more than the window ahead of the output.
 */
export async function serveWorker(
  reply: (message: WorkerReply) => void,
  setup: WorkerSetup,
): Promise<void> {
  const cells = new Int32Array(setup.shared);
  const { files, options, window } = setup;
  for (;;) {
    const index = Atomics.add(cells, NEXT, 1);
    if (index >= files.length) return;
    for (
      let p = Atomics.load(cells, PRINTED);
      index >= p + window;
      p = Atomics.load(cells, PRINTED)
    )
      Atomics.wait(cells, PRINTED, p, WAIT_MS);
    const file = files[index] ?? '';
    reply({ index, result: file === '-' ? null : await runTask(file, options) });
  }
}
