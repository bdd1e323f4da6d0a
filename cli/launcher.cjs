#!/usr/bin/env node
/**
 * The `sumber` command's entry (.output/cli/sumber.cjs, copied there by cli/build.mjs; the
 * package's `bin`). The program itself is the bundle beside it, sumber.bundle.js: one function
 * that this file compiles with V8's code cache (sumber.bundle.cache, written by the build after
 * a run over the sample articles), so a run does not parse and compile the bundle's functions
 * again: about 40 ms of a one-file run, and of each worker thread's start. A cache that is
 * missing, or made by another Node version or under other V8 flags (v8-flags.cjs, or the
 * user's), is rejected by V8 and the bundle is compiled as usual. Worker threads run this same
 * file.
 *
 * The command's V8 flags (v8-flags.cjs) are set only once the bundle is compiled, before any
 * of it runs: V8 takes a code cache only under the flags it was made with, and Node's own
 * modules come with caches made under V8's defaults. A worker thread starts by compiling
 * dozens of them (a main thread has most in its start-up snapshot): with any flag set, each
 * was compiled from source, 254M instructions for a worker's start against 111M (callgrind, a
 * worker running nothing, Node 20). So the bundle's cache is made under the defaults too, and
 * a batch puts the defaults back while its workers start, until each has compiled the bundle
 * (cli/batch.ts). Callgrind, 20 corpus pages with --jobs 2: 6.60G instructions over all
 * threads before, 5.96G after (with a cheaper first page, core/dateline.ts); a one-file run
 * is unchanged.
 *
 * CommonJS, not an ES module: Node starts an ES module entry through its module loader, which
 * also builds a module facade for each built-in it imports (node:fs's loads the stream
 * classes): about 10 ms of CPU before the program starts. .output/cli/sumber.mjs, the entry of
 * earlier versions, only loads this file.
 *
 * Not a V8 start-up snapshot (`node --snapshot-blob`, measured): only node's own options load
 * one, before any script, which `node sumber.cjs` and npm's bin link cannot pass (a shebang
 * cannot name a file beside the script; a sh wrapper can, but npm's Windows shims would then
 * need a sh), and worker threads start from Node's snapshot, not the user's. Nor did it pay:
 * with the bundle evaluated, both packs restored and the samples run inside it (an 11 MB
 * blob), a one-file run took 37% fewer instructions but no less wall time (258 against 252 ms,
 * medians); an empty snapshot alone cost 26 ms over bare Node, its blob read and deserialized.
 */
'use strict';
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');
const { isMainThread, parentPort } = require('node:worker_threads');
const { V8_FLAGS, V8_FLAG_DEFAULTS } = require('./v8-flags.cjs');

const bundleFile = join(__dirname, 'sumber.bundle.js');
const cacheFile = join(__dirname, 'sumber.bundle.cache');
/** Set by cli/build.mjs only: run as usual, then write the code cache there. */
const cacheOut = isMainThread ? process.env.SUMBER_WRITE_CODE_CACHE : undefined;

/** The command's flags or V8's defaults, process-wide (worker threads included). The defaults
 * come from `node --v8-options`, written beside this file by the build. */
const v8Flags = {
  defaults: () => setFlagsFromString(V8_FLAG_DEFAULTS.join(' ')),
  own: () => setFlagsFromString(V8_FLAGS.join(' ')),
};
// ASCII only (cli/build.mjs): read as Latin-1, Node hands it to V8 without decoding it. Kept
// under a megabyte, it is a string of V8's heap: one scavenge fewer (NODE_EXTERNAL_STRING_BYTES).
const source = readFileSync(bundleFile, 'latin1');
let cachedData;
if (!cacheOut) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined; // no cache (a build without one): compile as usual
  }
}
const script = new Script(source, { filename: bundleFile, cachedData });
// Set before any of the bundle runs: a function's tier-up budget is read when it is made.
if (isMainThread) v8Flags.own();
// A worker's start is compiled: the main thread may set the command's flags again (batch.ts).
else parentPort?.postMessage({ ready: true });
const program = script.runInThisContext();
program(require, pathToFileURL(__filename).href, isMainThread ? v8Flags : undefined);

if (cacheOut) {
  process.on('exit', () => {
    v8Flags.defaults(); // a cache records the flags it was made under: the defaults, as read
    const temporary = `${cacheOut}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheOut);
  });
}
