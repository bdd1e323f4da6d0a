/**
 * A batch with worker threads puts V8's default flags back while its workers start (their
 * code caches are made under them) and takes no input before every worker has compiled its
 * start; then the command's own flags are set again, once, and the batch runs as usual.
 */
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBatch, type BatchSink, type V8FlagSwitch } from '@/cli/batch';
import { BIN, buildCli, PLAIN_JSON, textFiles } from './run-cli';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const { files, remove } = textFiles(
  'sumber-flags-',
  6,
  (i) => `Orchard report ${i}\n\nThe growers said the frost had spared the pears ${i}.`,
);
const options = PLAIN_JSON;
beforeAll(() => buildCli());
afterAll(remove);

/** A flag switch that logs its calls, and a sink that logs each write among them. */
function recorder() {
  const log: string[] = [];
  const v8Flags: V8FlagSwitch = {
    defaults: () => log.push('defaults'),
    own: () => log.push('own'),
  };
  const sink: BatchSink = {
    write(index, file, result) {
      expect(result.error).toBeNull();
      expect(file).toBe(files[index]);
      log.push(`write ${index}`);
      return true;
    },
    drained: () => Promise.resolve(),
  };
  return { log, v8Flags, sink };
}

describe('runBatch and the V8 flags', () => {
  it('holds the defaults until the workers have started, then writes every input in order', async () => {
    const { log, v8Flags, sink } = recorder();
    await runBatch(files, options, 3, pathToFileURL(BIN), sink, v8Flags);
    expect(log).toEqual(['defaults', 'own', ...files.map((_, i) => `write ${i}`)]);
  });

  it('leaves the flags alone with one job', async () => {
    const { log, v8Flags, sink } = recorder();
    await runBatch(files, options, 1, pathToFileURL(BIN), sink, v8Flags);
    expect(log).toEqual(files.map((_, i) => `write ${i}`));
  });
});
