/**
 * The inputs of a batch as one queue in shared memory, taken from by every thread: the next
 * index to take, and the first index not yet allowed (the main thread raises it as reports are
 * printed, so at most a window of them wait in memory). A worker with nothing to take sleeps
 * until the limit moves; the main thread never sleeps (it has the output to write).
 */
const NEXT = 0;
const LIMIT = 1;
/** LIMIT once the batch is over: below every index, and a change that wakes every sleeper. */
const CLOSED = -1;

export class WorkQueue {
  readonly buffer: SharedArrayBuffer;
  private readonly cells: Int32Array;

  constructor(buffer?: SharedArrayBuffer) {
    this.buffer = buffer ?? new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    this.cells = new Int32Array(this.buffer);
  }

  /**
   * The next input's index, or -1: the queue is closed, or (unless `wait`) nothing may be taken
   * now. With `wait`, blocks the thread until an input may be taken or the queue closes.
   */
  take(wait = false): number {
    for (;;) {
      const limit = Atomics.load(this.cells, LIMIT);
      if (limit === CLOSED) return -1;
      const next = Atomics.load(this.cells, NEXT);
      if (next < limit) {
        if (Atomics.compareExchange(this.cells, NEXT, next, next + 1) === next) return next;
        continue; // another thread took it first
      }
      if (!wait) return -1;
      // Returns at once if the limit moved since it was read: no wake-up is ever missed.
      Atomics.wait(this.cells, LIMIT, limit);
    }
  }

  /** Lets inputs below `limit` be taken (the limit never goes down). */
  allow(limit: number): void {
    const current = Atomics.load(this.cells, LIMIT);
    if (current === CLOSED || limit <= current) return;
    Atomics.store(this.cells, LIMIT, limit);
    Atomics.notify(this.cells, LIMIT);
  }

  /** Ends the batch: every waiting thread wakes and takes nothing more. */
  close(): void {
    Atomics.store(this.cells, LIMIT, CLOSED);
    Atomics.notify(this.cells, LIMIT);
  }
}
