#!/usr/bin/env node
/**
 * The `sumber` command's entry (.output/cli/sumber.mjs, copied there by cli/build.mjs). The
 * program itself is the bundle beside it, sumber.bundle.js: one function that this file
 * compiles with V8's code cache (sumber.bundle.cache, written by the build after a run over
 * the sample articles), so a run does not parse and compile the bundle's functions again:
 * about 40 ms of a one-file run, and of each worker thread's start. A cache that is missing, or
 * made by another Node version or under other V8 flags (v8-flags.mjs, or the user's), is
 * rejected by V8 and the bundle is compiled as usual. Worker threads run this same file.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import { V8_FLAGS } from './v8-flags.mjs';

const bundleUrl = new URL('sumber.bundle.js', import.meta.url);
const cacheUrl = new URL('sumber.bundle.cache', import.meta.url);
/** Set by cli/build.mjs only: run as usual, then write the code cache there. */
const cacheOut = isMainThread ? process.env.SUMBER_WRITE_CODE_CACHE : undefined;

// Flags are process-wide: the main thread sets them once, before anything is compiled.
if (isMainThread) setFlagsFromString(V8_FLAGS.join(' '));
const source = readFileSync(bundleUrl, 'utf8');
let cachedData;
if (!cacheOut) {
  try {
    cachedData = readFileSync(cacheUrl);
  } catch {
    cachedData = undefined; // no cache (a build without one): compile as usual
  }
}
const script = new Script(source, { filename: bundleUrl.pathname, cachedData });
const program = script.runInThisContext();
program(createRequire(import.meta.url), import.meta.url);

if (cacheOut) {
  process.on('exit', () => {
    const temporary = `${cacheOut}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheOut);
  });
}
