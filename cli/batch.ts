/**
 * Running many inputs: in the main thread (one job, or one file) or in worker threads, with
 * results written in input order as soon as every earlier one is written. Only a bounded window
 * of files is ever in flight or waiting, and nothing is kept once written: memory stays flat
 * for any number of files.
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

interface WorkerReply {
  index: number;
  result: TaskResult;
}

/**
 * Files a worker is given before it answers: while the main thread analyses a page it cannot
 * hand out work, so each worker holds a small queue and never waits for it.
 */
const QUEUED_PER_WORKER = 4;
/** Inputs done but not yet printed, at most (per thread): a slow page holds back little. */
const WINDOW_PER_THREAD = 16;
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
  // The main thread is one of the jobs: one isolate less to start and warm up.
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Worker(workerUrl, {
        workerData: { sumberWorker: true, options },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      }),
  );
  const queued = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let mainIdle = true;
  const done = new Map<number, TaskResult>();
  let next = 0; // next input to hand out
  let printed = 0; // next input to print
  const window = threads * WINDOW_PER_THREAD;
  /** The output is backed up: nothing more is handed out until it drains. */
  let waiting = false;
  await new Promise<void>((resolve, reject) => {
    const flush = (): void => {
      for (let r = done.get(printed); r !== undefined; r = done.get(printed)) {
        done.delete(printed);
        const flowing = sink.write(printed, files[printed] ?? '', r);
        printed++;
        if (!flowing && !waiting) {
          waiting = true;
          void sink.drained().then(() => {
            waiting = false;
            feed();
          });
        }
      }
      if (printed === files.length) resolve();
    };
    const runHere = (index: number, file: string): void => {
      mainIdle = false;
      // A macrotask first, so workers' answers are taken (and they are fed) before this one.
      setImmediate(() => {
        void runTask(file, options).then((result) => {
          mainIdle = true;
          done.set(index, result);
          flush();
          feed();
        }, reject);
      });
    };
    /** The worker with the shortest queue, if it has room. */
    const freeWorker = (): Worker | undefined => {
      let best: Worker | undefined;
      for (const [worker, n] of queued)
        if (n < QUEUED_PER_WORKER && (best === undefined || n < (queued.get(best) ?? 0)))
          best = worker;
      return best;
    };
    const feed = (): void => {
      while (!waiting && next < files.length && next < printed + window) {
        const index = next;
        const file = files[index] ?? '';
        // The main thread takes the next input when it is free (it is warm); the rest are
        // queued on workers. Standard input can only be read here.
        const worker = file === '-' || mainIdle ? undefined : freeWorker();
        if (worker) {
          next++;
          queued.set(worker, (queued.get(worker) ?? 0) + 1);
          worker.postMessage({ index, file });
        } else if (mainIdle) {
          next++;
          runHere(index, file);
        } else return;
      }
    };
    for (const worker of workers) {
      worker.on('message', (reply: WorkerReply) => {
        done.set(reply.index, reply.result);
        queued.set(worker, (queued.get(worker) ?? 1) - 1);
        flush();
        feed();
      });
      worker.on('error', reject);
    }
    if (files.length === 0) resolve();
    feed();
  }).finally(() => Promise.all(workers.map((w) => w.terminate())));
}

/** The worker side: analyse each file it is sent and answer with the printable result. */
export function serveWorker(
  port: { on(event: 'message', fn: (m: { index: number; file: string }) => void): void },
  reply: (message: WorkerReply) => void,
  options: TaskOptions,
): void {
  port.on('message', ({ index, file }) => {
    void runTask(file, options).then((result) => reply({ index, result }));
  });
}
