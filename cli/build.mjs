#!/usr/bin/env node
/**
 * Builds the `sumber` command: cli/bin.ts and everything it imports (core, utils/extract,
 * htmlparser2, zod, the UI strings) into one ESM file, .output/cli/sumber.mjs, run by plain
 * Node (no tsx, no path aliases). Run by `npm run build`, `npm install` and `npm run analyze`.
 * (Splitting the HTML side into a chunk loaded on first use was measured: no gain in start-up,
 * V8 only pre-parses functions that never run.)
 */
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output', 'cli', 'sumber.mjs');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

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

await build({
  entryPoints: [join(root, 'cli', 'bin.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { '@': root },
  define: { __SUMBER_VERSION__: JSON.stringify(version) },
  plugins: [helpersWithoutSideEffects],
  // Some dependencies still call require() for Node built-ins.
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __sumberRequire } from 'node:module';\nconst require = __sumberRequire(import.meta.url);",
  },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: process.argv.includes('--quiet') ? 'error' : 'info',
});
chmodSync(out, 0o755);
