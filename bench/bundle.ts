/**
 * Bundle bench: raw and gzipped size of every entrypoint's script in the built extension
 * (`npm run build` first), with the chunks each one loads. Target: content script <= 25 KB gz,
 * because it is downloaded, parsed and run on every page a person opens.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './lib/repo';
import { kb } from './lib/stats';
import { heading, table, verdict } from './lib/table';

export const CONTENT_SCRIPT_BUDGET_GZ = 25 * 1024;

interface Manifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
}

export interface EntrySize {
  target: string;
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

// Static and dynamic imports in Vite's minified output: from"./x.js", import"./x.js", import("./x.js").
const IMPORT = /(?:from|import)(?:\s*\(\s*|\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** The script plus every chunk it imports, transitively (paths relative to the output root). */
function closure(root: string, start: string): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(join(root, file))) continue;
    seen.add(file);
    const code = readFileSync(join(root, file), 'utf8');
    for (const match of code.matchAll(IMPORT))
      queue.push(posix.join(posix.dirname(file), match[1] ?? ''));
  }
  return [...seen];
}

function htmlScripts(root: string, page: string): string[] {
  const html = readFileSync(join(root, page), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) =>
    (m[1] ?? '').replace(/^\//, ''),
  );
  return srcs.flatMap((src) => closure(root, src));
}

function sizeOf(root: string, target: string, entry: string, files: string[]): EntrySize {
  const unique = [...new Set(files)].sort();
  return {
    target,
    entry,
    files: unique,
    raw: unique.reduce((n, f) => n + statSync(join(root, f)).size, 0),
    gzip: unique.reduce((n, f) => n + gz(join(root, f)), 0),
  };
}

export function measureBundle(root: string, target: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  const entries: EntrySize[] = [];
  manifest.content_scripts?.forEach((cs, i) =>
    entries.push(
      sizeOf(
        root,
        target,
        `content script #${i + 1}`,
        (cs.js ?? []).flatMap((f) => closure(root, f)),
      ),
    ),
  );
  const bg = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  if (bg.length > 0)
    entries.push(
      sizeOf(
        root,
        target,
        'background',
        bg.flatMap((f) => closure(root, f)),
      ),
    );
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  if (popup) entries.push(sizeOf(root, target, 'popup', htmlScripts(root, popup)));
  if (manifest.options_ui?.page)
    entries.push(sizeOf(root, target, 'options', htmlScripts(root, manifest.options_ui.page)));
  return entries;
}

function allJs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allJs(path) : path.endsWith('.js') ? [path] : [];
  });
}

export async function run(): Promise<string[]> {
  const out: string[] = [heading('Bundle: raw and gzipped size of each entrypoint (gzip -9)')];
  const verdicts: string[] = [];
  for (const target of ['chrome-mv3', 'firefox-mv2']) {
    const root = join(REPO_ROOT, '.output', target);
    if (!existsSync(join(root, 'manifest.json'))) {
      out.push(`${target}: not built (run \`npm run build\`)`);
      continue;
    }
    const built = new Date(statSync(join(root, 'manifest.json')).mtimeMs).toISOString();
    out.push(`\n${target} (built ${built})`);
    const entries = measureBundle(root, target);
    out.push(
      table(
        ['entrypoint', 'raw', 'gzip', 'files'],
        entries.map((e) => [e.entry, kb(e.raw), kb(e.gzip), e.files.join(' + ')]),
      ),
    );
    const files = allJs(root)
      .map((f) => relative(root, f))
      .sort();
    out.push(
      `\nevery script file:\n${table(
        ['file', 'raw', 'gzip'],
        files.map((f) => [f, kb(statSync(join(root, f)).size), kb(gz(join(root, f)))]),
      )}`,
    );
    for (const e of entries.filter((x) => x.entry.startsWith('content script'))) {
      verdicts.push(
        verdict(
          `${target} ${e.entry} <= 25 KB gzipped`,
          e.gzip <= CONTENT_SCRIPT_BUDGET_GZ,
          kb(e.gzip),
        ),
      );
    }
  }
  console.log(out.join('\n'));
  return verdicts;
}

// `npx tsx bench/bundle.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`)
  void run().then((v) => console.log(`\n${v.join('\n')}`));
