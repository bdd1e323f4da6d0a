/** Builds bench/lib/in-page.ts into one IIFE string with esbuild (path alias from tsconfig). */
import { build } from 'esbuild';
import { unicodeClassesPlugin } from '../../cli/unicode-classes.mjs';
import { join } from 'node:path';
import { REPO_ROOT } from './repo';

export async function inPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(REPO_ROOT, 'bench', 'lib', 'in-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    tsconfig: join(REPO_ROOT, 'tsconfig.json'),
    // As the extension's build writes the engine's Unicode property classes (wxt.config.ts).
    plugins: [unicodeClassesPlugin(REPO_ROOT, ['core'])],
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output for bench/lib/in-page.ts');
  return file.text;
}
