/**
 * Worker threads claim their inputs from a counter shared by the batch's threads (the main
 * thread hands nothing out): every input is claimed once, standard input goes back to the main
 * thread, and the output order, the drain of a backed-up pipe and the window still hold.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch, serveWorker, type BatchSink, type WorkerReply } from '@/cli/batch';
import type { TaskOptions } from '@/cli/task';
import { BIN, buildCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'sumber-pull-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = Array.from({ length: 12 }, (_, k) => {
  const path = join(dir, `page-${String(k).padStart(2, '0')}.txt`);
  writeFileSync(
    path,
    `Harbour news ${k}\n\nThe port authority said ferry ${k} would sail on Monday.`,
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

describe('serveWorker', () => {
  it('claims inputs from the shared counter until none is left, standard input unread', async () => {
    const shared = new SharedArrayBuffer(8);
    const cells = new Int32Array(shared);
    cells[0] = 1; // another thread has claimed input 0
    const inputs = [files[0] as string, files[1] as string, '-', files[2] as string];
    const replies: WorkerReply[] = [];
    await serveWorker((m) => replies.push(m), {
      sumberWorker: true,
      options,
      files: inputs,
      shared,
      window: 8,
    });
    expect(replies.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(replies[1]?.result).toBeNull(); // '-': the main thread reads it
    expect(replies[0]?.result?.out).toContain('ferry 1');
    expect(replies[2]?.result?.out).toContain('ferry 2');
    expect(cells[0]).toBeGreaterThanOrEqual(inputs.length);
  });
});

describe('runBatch with worker threads', () => {
  beforeAll(buildCli, 120_000);
  const workerUrl = (): URL => pathToFileURL(BIN);

  it('prints every input once, in input order, with three jobs', async () => {
    const written: string[] = [];
    const sink: BatchSink = {
      write(index, file, result) {
        expect(result.error).toBeNull();
        expect(result.out).toContain(`ferry ${index} `);
        written.push(file);
        return true;
      },
      drained: () => Promise.resolve(),
    };
    await runBatch(files, options, 3, workerUrl(), sink);
    expect(written).toEqual(files);
  }, 60_000);

  it('writes nothing more until a backed-up output drains, with two jobs', async () => {
    const written: string[] = [];
    let drain = (): void => {};
    const sink: BatchSink = {
      write(_index, file) {
        written.push(file);
        return written.length !== 1; // the first write fills the pipe
      },
      drained: () => new Promise<void>((resolve) => (drain = resolve)),
    };
    const run = runBatch(files, options, 2, workerUrl(), sink);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(written).toEqual([files[0]]);
    drain();
    await run;
    expect(written).toEqual(files);
  }, 60_000);
});
