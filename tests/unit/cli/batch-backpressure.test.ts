/**
 * A batch writes no further while its output is backed up (a slow reader on the pipe): the
 * reports after it are not produced and queued in memory, they wait for the drain.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch, type BatchSink } from '@/cli/batch';
import type { TaskOptions } from '@/cli/task';

const dir = mkdtempSync(join(tmpdir(), 'sumber-drain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = ['a', 'b', 'c'].map((name) => {
  const path = join(dir, `${name}.txt`);
  writeFileSync(
    path,
    `Harbour news ${name}\n\nThe port authority said the ferry would sail on Monday.`,
  );
  return path;
});
const options: TaskOptions = {
  json: true,
  extract: false,
  url: null,
  lang: null,
  gate: false,
  color: false,
};

/** Lets every pending task and timer of this turn run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('runBatch and a backed-up output', () => {
  it('waits for the drain before the next report (one job)', async () => {
    const written: string[] = [];
    let drain = (): void => {};
    const sink: BatchSink = {
      write(_index, file, result) {
        expect(result.error).toBeNull();
        written.push(file);
        return written.length !== 1; // the first write fills the pipe
      },
      drained: () => new Promise<void>((resolve) => (drain = resolve)),
    };
    const run = runBatch(files, options, 1, null, sink);
    await settle();
    expect(written).toEqual([files[0]]);
    drain();
    await run;
    expect(written).toEqual(files);
  });
});
