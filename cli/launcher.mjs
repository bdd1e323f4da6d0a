#!/usr/bin/env node
/**
 * The `sumber` command's entry (.output/cli/sumber.mjs, copied there by cli/build.mjs). The
 * program itself is the bundle beside it, sumber.bundle.js: one function that this file
 * compiles with V8's code cache (sumber.bundle.cache, written by the build after a run over
 * the sample articles), so a run does not parse and compile the bundle's functions again:
 * about 40 ms of a one-file run. A cache that is missing, or made by another Node version or
 * with other V8 flags, is rejected by V8 and the bundle is compiled as usual.
 * Worker threads of a batch run this same file.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread } from 'node:worker_threads';

/**
 * Less work for V8's optimising compiler, which runs on background threads: with its defaults
 * it spent about as much CPU as the analysis itself over the 321 corpus pages (2.3 s beside
 * 2.5 s on the main thread), CPU that a second job needs on a two-core machine. Inlining less
 * and optimising a function after twice the default warm-up cut that to about 1 s with the
 * main thread no slower, over the corpus and over it three times in one run. Set after the
 * bundle is compiled: V8 rejects a code cache made under other flags.
 */
const JIT_FLAGS = ['--max-inlined-bytecode-size-cumulative=200', '--interrupt-budget=135168'];

const bundleUrl = new URL('sumber.bundle.js', import.meta.url);
const cacheUrl = new URL('sumber.bundle.cache', import.meta.url);
/** Set by cli/build.mjs only: run as usual, then write the code cache there. */
const cacheOut = isMainThread ? process.env.SUMBER_WRITE_CODE_CACHE : undefined;

const source = readFileSync(bundleUrl, 'utf8');
let cachedData;
if (isMainThread && !cacheOut) {
  try {
    cachedData = readFileSync(cacheUrl);
  } catch {
    cachedData = undefined; // no cache (a build without one): compile as usual
  }
}
const script = new Script(source, { filename: bundleUrl.pathname, cachedData });
// Flags are process-wide: the main thread sets them once, before any code runs hot.
if (isMainThread && !cacheOut) setFlagsFromString(JIT_FLAGS.join(' '));
const program = script.runInThisContext();
program(createRequire(import.meta.url), import.meta.url);

if (cacheOut) {
  process.on('exit', () => {
    const temporary = `${cacheOut}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheOut);
  });
}
