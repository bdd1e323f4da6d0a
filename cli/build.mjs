#!/usr/bin/env node
/**
 * Builds the `sumber` command, run by plain Node (no tsx, no path aliases) from .output/cli:
 * - sumber.bundle.js: cli/bin.ts and everything it imports (core, utils/extract, htmlparser2,
 *   zod, the UI strings) as one function of (require, url), its regexes' Unicode property
 *   classes written out as ranges (cli/unicode-classes.mjs);
 * - sumber.cjs: the entry and the package's `bin` (cli/launcher.cjs, with its V8 flags,
 *   v8-flags.cjs and their defaults in this Node), which compiles the bundle with V8's code
 *   cache;
 * - sumber.mjs: the entry of earlier versions (scripts name it), which only loads sumber.cjs;
 * - sumber.bundle.cache: that cache, written by one run of the new command over the sample
 *   articles (skipped when the bundle is unchanged and its cache is there);
 * - pack-<language>-<hash>.json: each language pack compiled (cli/saved-packs.ts).
 * Run by `npm run build`, `npm install` and `npm run analyze`.
 * (Splitting the HTML side into a chunk loaded on first use was measured: no gain in start-up,
 * V8 only pre-parses functions that never run.)
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { build } from 'esbuild';
import { unicodeClassesPlugin } from './unicode-classes.mjs';
import { V8_FLAGS } from './v8-flags.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.output', 'cli');
const out = join(outDir, 'sumber.cjs');
const legacyOut = join(outDir, 'sumber.mjs');
const bundleFile = join(outDir, 'sumber.bundle.js');
const cacheFile = join(outDir, 'sumber.bundle.cache');
const quiet = process.argv.includes('--quiet');

/** The bundle on disk is this one and its cache is there and accepted by this Node. */
function cacheFits(bundle) {
  if (!existsSync(bundleFile) || !existsSync(cacheFile)) return false;
  if (readFileSync(bundleFile, 'utf8') !== bundle) return false;
  // Made and read under V8's default flags, as this process runs (cli/launcher.cjs).
  const script = new Script(bundle, { cachedData: readFileSync(cacheFile) });
  return !script.cachedDataRejected;
}
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * v8-flags.cjs with V8_FLAG_DEFAULTS added: each of its flags at this Node's default, as
 * `node --v8-options` prints it ("default: --interrupt-budget=67584"), which the launcher sets
 * while worker threads start (cli/launcher.cjs). A flag it does not list is left out.
 */
function withDefaults(flagsModule) {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  const defaults = V8_FLAGS.flatMap((flag) => {
    const name = flag.replace(/^--(?:no-)?/, '').split('=')[0];
    const at = options.indexOf(`\n  --${name} (`);
    const found = at < 0 ? null : /default: (\S+)/.exec(options.slice(at, at + 600));
    return found ? [found[1]] : [];
  });
  return `${flagsModule}\n/** Written by cli/build.mjs: V8_FLAGS at this Node's defaults. */\nexports.V8_FLAG_DEFAULTS = ${JSON.stringify(defaults)};\n`;
}

/**
 * htmlparser2's index re-exports its DOM helpers (domhandler, domutils, dom-serializer and an
 * older copy of `entities`), whose tables esbuild keeps unless told they have no side effects;
 * the CLI uses only the tokenizer and parser. Takes 80 KB off the bundle.
 */
const DOM_HELPERS = /^(?:domhandler|domutils|dom-serializer|domelementtype|entities)(?:\/|$)/;
const helpersWithoutSideEffects = {
  name: 'dom-helpers-without-side-effects',
  setup(b) {
    b.onResolve({ filter: DOM_HELPERS }, async (args) => {
      if (args.pluginData?.inner) return undefined;
      const found = await b.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: { inner: true },
      });
      return found.errors.length > 0 ? undefined : { path: found.path, sideEffects: false };
    });
  },
};

/**
 * From this many bytes on, Node reads the bundle (readFileSync, 'latin1': cli/launcher.cjs) into
 * a string outside V8's heap (an external string, Node's EXTERN_APEX), below it into the heap.
 * In the heap, the source is allocated young and survives the first scavenge: a megabyte of
 * survivors, so V8 grows the young generation (to its full size, v8-flags.cjs) at
 * the second scavenge and a one-file run needs no third. Outside it, the third scavenge comes,
 * copying the bundle's tables and the restored pack again. Measured on this bundle padded with
 * a comment (callgrind, `sumber --json` on sample-en.txt, main thread, two runs each): 1,025,354
 * bytes 389M and 392M instructions, 1,035,354 bytes 415M and 435M; the 1.20 MB bundle before
 * local names were shortened 421M to 439M, shortened (0.97 MB) 389M to 395M. A 40 KB page:
 * 731M and 740M, 697M and 700M. Scavenges seen with --trace-gc.
 */
const NODE_EXTERNAL_STRING_BYTES = 0xfbee9;

/** esbuild options of both bundles this build makes for Node. A classic script, not a module:
 * only scripts can be compiled with a code cache in Node 20. */
const nodeScript = {
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  alias: { '@': root },
};

/**
 * Every character outside ASCII written as \uXXXX, the same character in a string, in JSON
 * and in a regular expression (a pair of escaped surrogates too). The command reads its bundle
 * and packs as Latin-1, which Node hands V8 without decoding (UTF-8 with one accented letter
 * cost about 7M instructions for the English pack alone at each start). In the bundle, esbuild
 * escapes all but regular expression literals (/[’‘]/g): one such character made Node read
 * the whole bundle as UTF-16 (twice the memory, and a slower decode).
 */
function asciiOnly(code) {
  return code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The text samples written as small HTML pages in `dir` (their first line the title, each
 * other paragraph a <p>), for the run that makes the code cache: a run on a page reads it
 * with the HTML parser and the extraction, which the text samples never run, and a function
 * left out of the cache is compiled from source when a run first calls it. Callgrind, `sumber
 * --json` on one small corpus page (two Indonesian, two English), Node 20: functions compiled
 * from source 21.6M to 13.0M instructions on one page; in all, 0 to 6M fewer of about 850M
 * over all threads (the cache is 1.5 MB instead of 1.3 MB, and read at every start).
 */
function samplePages(samples, dir) {
  const escape = (text) =>
    text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  return samples.map((file, k) => {
    const [title = '', ...paragraphs] = readFileSync(file, 'utf8')
      .trim()
      .split(/\n\s*\n/);
    const page = join(dir, `sample-${k}.html`);
    writeFileSync(
      page,
      `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${escape(title)}</title></head>\n<body><article><h1>${escape(title)}</h1>\n${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}\n</article></body></html>\n`,
    );
    return page;
  });
}

/**
 * The language packs, compiled here once and saved as JSON beside the bundle (cli/saved-packs.ts
 * restores them at run time instead of compiling them at every start). Each file's name holds
 * its content's hash, and the bundle is told the names: a bundle reads only its own build's.
 */
async function savePacks() {
  const saver = await build({
    ...nodeScript,
    entryPoints: [join(root, 'cli', 'save-packs.ts')],
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', saver.outputFiles[0]?.text ?? '')(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  const names = {};
  mkdirSync(outDir, { recursive: true });
  for (const [code, saved] of Object.entries(module.exports.savedPacks())) {
    const json = asciiOnly(saved);
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
    names[code] = `pack-${code}-${hash}.json`;
    const file = join(outDir, names[code]);
    if (!existsSync(file)) writeFileSync(file, json);
  }
  const kept = new Set(Object.values(names));
  for (const name of readdirSync(outDir))
    if (/^pack-.*\.json$/.test(name) && !kept.has(name)) rmSync(join(outDir, name));
  return names;
}
const packFiles = await savePacks();

const built = await build({
  ...nodeScript,
  entryPoints: [join(root, 'cli', 'bin.ts')],
  // The launcher passes its own URL (workers start from it, samples are found from it) and,
  // in the main thread, the switch of its V8 flags (cli/launcher.cjs).
  define: {
    __SUMBER_VERSION__: JSON.stringify(version),
    __SUMBER_SAVED_PACKS__: JSON.stringify(packFiles),
    'import.meta.url': '__sumberUrl',
  },
  plugins: [helpersWithoutSideEffects, unicodeClassesPlugin(root)],
  minifySyntax: true,
  minifyWhitespace: true,
  // Local names shortened (1.20 MB to 0.97 MB), mainly to keep the bundle under
  // NODE_EXTERNAL_STRING_BYTES (below): see there. Nothing reads a function's name; an internal
  // error's stack names the shortened ones (its positions were in one line already).
  minifyIdentifiers: true,
  legalComments: 'none',
  logLevel: quiet ? 'error' : 'info',
});
const bundle = `(function (require, __sumberUrl, __sumberV8Flags) {${asciiOnly(built.outputFiles[0]?.text ?? '')}\n})`;
// The bundle is built in memory: on a fresh clone nothing has made the folder yet.
mkdirSync(outDir, { recursive: true });
copyFileSync(join(root, 'cli', 'launcher.cjs'), out);
writeFileSync(
  join(outDir, 'v8-flags.cjs'),
  withDefaults(readFileSync(join(root, 'cli', 'v8-flags.cjs'), 'utf8')),
);
rmSync(join(outDir, 'v8-flags.mjs'), { force: true }); // left by builds before sumber.cjs
writeFileSync(
  legacyOut,
  "#!/usr/bin/env node\n// The `sumber` command's entry is sumber.cjs (faster to start); this name still works.\nimport './sumber.cjs';\n",
);
chmodSync(out, 0o755);
chmodSync(legacyOut, 0o755);
if (!cacheFits(bundle)) {
  // V8 checks a cache against the source's length only: never leave one beside another bundle.
  rmSync(cacheFile, { force: true });
  writeFileSync(bundleFile, bundle);
  if (bundle.length >= NODE_EXTERNAL_STRING_BYTES)
    console.warn(
      `sumber: the bundle is ${bundle.length} bytes, over ${NODE_EXTERNAL_STRING_BYTES}: each start will take a scavenge more (cli/build.mjs, NODE_EXTERNAL_STRING_BYTES)`,
    );
  const samples = ['sample-en.txt', 'sample-id.txt'].map((f) => join(root, 'cli', 'samples', f));
  const pages = mkdtempSync(join(tmpdir(), 'sumber-cache-'));
  try {
    // One job: both samples run in the main thread, whose functions are the ones cached (with
    // a worker, the code only the worker's sample ran was left out, depending on who took which).
    execFileSync(
      process.execPath,
      [out, '--json', '--jobs', '1', ...samples, ...samplePages(samples, pages)],
      { env: { ...process.env, SUMBER_WRITE_CODE_CACHE: cacheFile }, stdio: 'ignore' },
    );
    if (!quiet) console.log(`  ${cacheFile}: V8 code cache written`);
  } catch (error) {
    // The command works without its cache, only starts slower: never fail an install for it.
    rmSync(cacheFile, { force: true });
    console.warn(`sumber: no V8 code cache (${error.message.split('\n')[0]})`);
  } finally {
    rmSync(pages, { recursive: true, force: true });
  }
}
