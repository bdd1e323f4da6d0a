#!/usr/bin/env node
// Where a split's errors are, as counts only (safe for the held-out split): misses by gold kind
// and by whether the sentence was extracted at all, spurious claims by rule, kind and
// classification stage and by whether their sentence is in Readability's article text (if not,
// extraction let boilerplate through), and kind errors by stage. No sentence, snippet or case
// id is printed; the sets are named by corpus folder and language.
//
//   npm run eval:breakdown                  test split (default)
//   npm run eval:breakdown -- --split dev   dev split
//   options: --shared PATH   the shared folder (default ../shared)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const split = opt('--split', 'test');
const shared = path.resolve(ROOT, opt('--shared', '../shared'));
const runner = path.join(shared, 'eval', 'run.mjs');
if (!['dev', 'test', 'fresh', 'fresh2', 'fresh3'].includes(split)) {
  console.error('breakdown: --split must be dev, test, fresh, fresh2 or fresh3');
  process.exit(2);
}
if (!fs.existsSync(runner)) {
  console.error(`breakdown: the shared runner is missing (${runner}); pass --shared PATH`);
  process.exit(2);
}
const { loadCases, materialise, matchCase, norm, inputName } = await import(
  pathToFileURL(runner).href
);
const cli = path.join(ROOT, '.output', 'cli', 'sumber.cjs');
if (!fs.existsSync(cli)) {
  console.error('breakdown: build the CLI first (npm run build:cli)');
  process.exit(2);
}

const cases = loadCases(path.join(ROOT, 'eval', 'cases', split)).filter((c) => c.is_article);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-breakdown-'));
const files = cases.map((c) => {
  const file = path.join(tmp, inputName(c.id));
  fs.writeFileSync(file, materialise(c).bytes);
  return file;
});
const run = (...args) =>
  execFileSync(process.execPath, [cli, ...args, ...files], { maxBuffer: 1 << 30 })
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
const reports = new Map(run('--json').map((r) => [path.basename(r.file), r]));
const squash = (s) => norm(s).replace(/\s+/g, '');
const extracted = new Map(
  run('--extract', '--json').map((e) => [
    path.basename(e.file),
    squash((e.input?.blocks ?? []).map((b) => b.text).join(' ')),
  ]),
);
fs.rmSync(tmp, { recursive: true, force: true });

const counts = new Map();
const count = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
for (const c of cases) {
  const set = `${c.origin.path.split('/')[1]}-${c.lang}`;
  const name = inputName(c.id);
  const { document } = parseHTML(materialise(c).html);
  const readable = squash(new Readability(document).parse()?.textContent ?? '');
  const { P, G, predTaken, goldTaken } = matchCase(c.attributions, reports.get(name)?.claims ?? []);
  for (const g of G) {
    if (g.g.optional || goldTaken.has(g.j)) continue;
    const seen = (extracted.get(name) ?? '').includes(g.k.slice(0, 60));
    count(`miss      ${set}  gold=${g.g.kind}  ${seen ? 'extracted' : 'NOT extracted'}`);
  }
  for (const p of P) {
    const gj = predTaken.get(p.i);
    const g = gj === undefined ? null : c.attributions[gj];
    const basis = p.p.source?.basis ?? '-';
    if (!g) {
      const inArticle = readable.includes(p.k.slice(0, 80));
      count(`spurious  ${set}  rule=${p.p.rule}  kind=${p.kind}  basis=${basis}`);
      count(`spurious  ${set}  ${inArticle ? 'in' : 'NOT in'} Readability's article text`);
    } else if (!g.optional && ![g.kind, ...(g.alt_kinds ?? [])].includes(p.kind)) {
      count(`kind      ${set}  gold=${g.kind}  pred=${p.kind}  basis=${basis}`);
    }
  }
}
console.log(`${split} split: ${cases.length} article cases (counts only)`);
for (const [key, n] of [...counts].sort((a, b) => a[0].localeCompare(b[0])))
  console.log(`${String(n).padStart(4)}  ${key}`);
