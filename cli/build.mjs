#!/usr/bin/env node
/**
 * Builds the `sumber` command: cli/bin.ts and everything it imports (core, utils/extract,
 * linkedom, zod, the UI strings) into one ESM file, .output/cli/sumber.mjs, run by plain
 * Node (no tsx, no path aliases). Run by `npm run build`, `npm install` and `npm run analyze`.
 */
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.output', 'cli', 'sumber.mjs');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

await build({
  entryPoints: [join(root, 'cli', 'bin.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  alias: { '@': root },
  define: { __SUMBER_VERSION__: JSON.stringify(version) },
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
