/**
 * A batch writes no further while its output is backed up (a slow reader on the pipe): the
 * reports after it are not produced and queued in memory, they wait for the drain. With worker
 * threads too (the bundled command's workers), where results keep arriving meanwhile.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch, type BatchSink } from '@/cli/batch';
import { BIN, buildCli, PLAIN_JSON, textFiles } from './run-cli';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const { files, remove } = textFiles(
  'sumber-drain-',
  24,
  (i) => `Harbour news ${i}\n\nThe port authority said the ferry would sail on Monday ${i}.`,
);
const options = PLAIN_JSON;
beforeAll(() => buildCli());
afterAll(remove);

/** Lets every pending task and timer of this turn run (and the workers answer). */
const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** A sink whose pipe is full after the first report, until `drain()`. */
function pausedSink() {
  const written: string[] = [];
  const drain = { now: (): void => {} };
  const sink: BatchSink = {
    write(index, file, result) {
      expect(result.error).toBeNull();
      expect(file).toBe(files[index]);
      written.push(file);
      return written.length !== 1; // the first write fills the pipe
    },
    drained: () => new Promise<void>((resolve) => (drain.now = resolve)),
  };
  return { written, sink, drain };
}

describe('runBatch and a backed-up output', () => {
  it('waits for the drain before the next report (one job)', async () => {
    const { written, sink, drain } = pausedSink();
    const run = runBatch(files, options, 1, null, sink);
    await settle();
    expect(written).toEqual([files[0]]);
    drain.now();
    await run;
    expect(written).toEqual(files);
  });

  it('waits for the drain with worker threads too, then writes all in input order', async () => {
    const { written, sink, drain } = pausedSink();
    const run = runBatch(files, options, 3, pathToFileURL(BIN), sink);
    // Long enough for the workers to start and answer many files.
    await settle(2000);
    expect(written).toEqual([files[0]]);
    drain.now();
    await run;
    expect(written).toEqual(files);
  });
});
