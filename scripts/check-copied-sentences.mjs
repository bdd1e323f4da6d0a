#!/usr/bin/env node
/**
 * Project rule: test sentences and code comments are the team's own writing, never copied
 * from the public eval gold or the corpus. This finds copies of eval gold sentences (field
 * `sentence` of each case's `attributions`, the seed article included) in tests/ and core/:
 * a file that contains the first 35 characters of a gold sentence of 35+ characters is a hit.
 *
 *   node scripts/check-copied-sentences.mjs
 *   node scripts/check-copied-sentences.mjs --pages LIST   also string literals of 40+
 *                                                          characters found in the pages
 *                                                          named in LIST (one path a line;
 *                                                          registry data is left out)
 *
 * The gold lives in ../shared, which not every checkout has: without it the check says so and
 * passes. Exit 1 when a copy is found.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES = path.resolve(ROOT, '../shared/eval/cases');
const SEARCHED = ['tests', 'core'];
const PREFIX = 35;
const MIN_LITERAL = 40;
// Registry entries carry an institution's or an outlet's own name, with a citation: data.
const REGISTRY_DATA = /^core\/(?:institutions|outlets)\/data\//;

function goldSentences() {
  const sentences = new Set();
  for (const file of fs.readdirSync(CASES)) {
    if (!file.endsWith('.json')) continue;
    let doc;
    try {
      doc = JSON.parse(fs.readFileSync(path.join(CASES, file), 'utf8'));
    } catch {
      continue;
    }
    for (const a of doc.attributions ?? []) {
      const s = String(a.sentence ?? '');
      if (s.length >= PREFIX) sentences.add(s);
    }
  }
  return sentences;
}

function sourceFiles() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name)) files.push(p);
    }
  };
  for (const d of SEARCHED) walk(path.join(ROOT, d));
  return files;
}

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/** Quoted strings of some length: the sentences a test feeds the engine. */
function literals(text) {
  const found = [];
  const re = /'(?:[^'\\\n]|\\.){40,}'|"(?:[^"\\\n]|\\.){40,}"|`(?:[^`\\]|\\.){40,}`/g;
  for (const m of text.matchAll(re)) found.push({ value: m[0].slice(1, -1), index: m.index });
  return found;
}

function normalise(text) {
  return text
    .replace(/&#8217;|&rsquo;|’/g, "'")
    .replace(/&#8220;|&#8221;|&ldquo;|&rdquo;|[“”]/g, '"')
    .replace(/&nbsp;|\s+/g, ' ');
}

function pageCopies(listFile, files) {
  const pages = fs
    .readFileSync(listFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((p) => normalise(fs.readFileSync(p, 'utf8')));
  const hits = [];
  for (const file of files) {
    if (REGISTRY_DATA.test(path.relative(ROOT, file))) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const { value, index } of literals(text)) {
      const needle = normalise(value.replace(/\\(.)/g, '$1'));
      if (needle.length >= MIN_LITERAL && pages.some((p) => p.includes(needle)))
        hits.push(`${path.relative(ROOT, file)}:${lineOf(text, index)}: ${needle.slice(0, 80)}`);
    }
  }
  return hits;
}

if (!fs.existsSync(CASES)) {
  console.log(`check-copied-sentences: ${CASES} is missing, nothing to compare against`);
  process.exit(0);
}

const files = sourceFiles();
const hits = [];
const sentences = goldSentences();
for (const file of files) {
  const text = fs.readFileSync(file, 'utf8');
  for (const s of sentences) {
    const at = text.indexOf(s.slice(0, PREFIX));
    if (at >= 0) hits.push(`${path.relative(ROOT, file)}:${lineOf(text, at)}: ${s.slice(0, 80)}`);
  }
}
const pagesFlag = process.argv.indexOf('--pages');
if (pagesFlag >= 0) hits.push(...pageCopies(process.argv[pagesFlag + 1], files));

for (const h of hits) console.log(h);
console.log(
  `check-copied-sentences: ${sentences.size} gold sentences, ${files.length} files, ${hits.length} copies`,
);
process.exit(hits.length ? 1 : 0);
