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
const { isMainThread } = require('node:worker_threads');
const { V8_FLAGS } = require('./v8-flags.cjs');

const bundleFile = join(__dirname, 'sumber.bundle.js');
const cacheFile = join(__dirname, 'sumber.bundle.cache');
/** Set by cli/build.mjs only: run as usual, then write the code cache there. */
const cacheOut = isMainThread ? process.env.SUMBER_WRITE_CODE_CACHE : undefined;

// Flags are process-wide: the main thread sets them once, before anything is compiled.
if (isMainThread) setFlagsFromString(V8_FLAGS.join(' '));
// ASCII only (cli/build.mjs): read as Latin-1, Node hands it to V8 without decoding it.
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
const program = script.runInThisContext();
program(require, pathToFileURL(__filename).href);

if (cacheOut) {
  process.on('exit', () => {
    const temporary = `${cacheOut}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheOut);
  });
}
