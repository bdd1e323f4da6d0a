#!/usr/bin/env node
// Outside measure: the CLI against PolNeAR, a corpus of 2016 US political news in which other
// people annotated every attribution by hand (Newell, Margolin & Ruths, LREC 2018;
// github.com/networkdynamics/PolNeAR). Its data is not in this project: point --data at a
// folder of PolNeAR pairs, `<name>.txt` beside `<name>_<annotator>.ann` (brat standoff, as in
// the corpus's data/<compartment>/text and attributions folders).
//
//   node eval/polnear.mjs --data DIR                 figures, every miss and unmatched claim
//   node eval/polnear.mjs --data DIR --aggregate     figures only (for a held-out folder)
//
// PolNeAR marks beliefs, plans and wishes too; Sumber reports statements. So the gold here is
// the annotated attributions whose cue holds a verb or phrase of saying or reporting
// (REPORTING below), outside the headline line. A gold attribution is found when a claim's
// sentence holds its cue and the claim's cue shares a word with it (one claim per gold). Also
// printed: recall by sentence alone, how often the found claim's source shares a word with
// the annotated source, and the claims that meet no annotated attribution of any kind (most
// are errors, since PolNeAR's annotation is near-complete, though not all).
// Plain Node ESM, no dependencies.

import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(PROJECT_ROOT, '.output', 'cli', 'sumber.cjs');

// Words of saying and reporting, matched against the cue's lower-case words. Whole forms, not
// prefixes: "addressed", "showcase" and "allegiance" are no cues.
const REPORTING = new Set(
  [
    'accord according accuse accused accuses accusing acknowledge acknowledged acknowledges',
    'acknowledging add added adding adds admit admits admitted admitting allegation allegations',
    'allege alleged alleges alleging announce announced announces announcing argue argued argues',
    'arguing assert asserted asserting assertion asserts claim claimed claiming claims conceded',
    'conclude concluded concludes concluding confirm confirmed confirming confirms contended',
    'declare declared declares declaring denied denies deny denying disclose disclosed discloses',
    'disclosure emphasized estimated explain explained explaining explains find finding findings',
    'finds found insist insisted insisting insists maintain maintained maintaining maintains note',
    'noted notes noting post posted posting posts predict predicted predicting predicts quote',
    'quoted quotes quoting recall recalled recalling recalls replied replies reply replying report',
    'reported reportedly reporting reports respond responded responding responds reveal revealed',
    'revealing reveals said say saying says show showed showing shown shows state stated',
    'statement statements states stating stressed suggest suggested suggesting suggests tell',
    'telling tells testified told tweet tweeted tweeting tweets warn warned warning warns write',
    'writes writing written wrote',
  ]
    .join(' ')
    .split(' '),
);
const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'and', 'that', 'was', 'is']);

function usage(message) {
  console.error(`polnear: ${message}`);
  console.error('usage: node eval/polnear.mjs --data DIR [--aggregate]');
  process.exit(2);
}

function parseArgs(argv) {
  const options = { data: null, aggregate: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') options.data = argv[++i];
    else if (argv[i] === '--aggregate') options.aggregate = true;
    else usage(`unknown argument ${argv[i]}`);
  }
  if (!options.data) usage('--data DIR is required');
  if (!fs.existsSync(options.data)) usage(`no such folder: ${options.data} (PolNeAR pairs)`);
  if (!fs.existsSync(CLI)) usage('the CLI is not built: run `npm run build:cli` first');
  return options;
}

const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];

/** brat standoff: T lines (id, type, spans) and E lines (role -> T id). */
export function parseAnn(source) {
  const spans = new Map();
  const events = [];
  for (const line of source.split('\n')) {
    const [id, head, text = ''] = line.split('\t');
    if (!head) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = head.split(' ');
      const ranges = rest
        .join(' ')
        .split(';')
        .map((r) => r.trim().split(/\s+/).map(Number));
      spans.set(id, { type, ranges, text });
    } else if (id.startsWith('E')) {
      const roles = {};
      for (const pair of head.split(' ')) {
        const [role, ref] = pair.split(':');
        if (ref) (roles[role.replace(/(?<!\d)\d+$/, '')] ??= []).push(ref);
      }
      events.push(roles);
    }
  }
  return { spans, events };
}

const textOf = (text, span) => span.ranges.map(([a, b]) => text.slice(a, b)).join(' ');

/** The annotated attributions of one article, each with its cue, source and kind of cue. */
function goldOf(text, ann) {
  const headlineEnd = text.indexOf('\n') < 0 ? 0 : text.indexOf('\n');
  const out = [];
  for (const roles of ann.events) {
    const cues = (roles.Cue ?? []).map((id) => ann.spans.get(id)).filter(Boolean);
    if (cues.length === 0) continue;
    const cueText = cues.map((c) => textOf(text, c)).join(' ');
    const sources = (roles.Source ?? []).map((id) => ann.spans.get(id)).filter(Boolean);
    const start = Math.min(...cues.flatMap((c) => c.ranges.map((r) => r[0])));
    const cueWords = words(cueText);
    out.push({
      start,
      ranges: cues.flatMap((c) => c.ranges),
      cue: cueText,
      cueWords,
      source: sources.map((s) => textOf(text, s)).join(' '),
      reporting: cueWords.some((w) => REPORTING.has(w)),
      headline: start < headlineEnd,
    });
  }
  return out;
}

/** Collapsed text with a map back to raw offsets, so a claim's sentence can be placed. */
function collapse(text) {
  let out = '';
  const map = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      if (!space && out.length) {
        out += ' ';
        map.push(i);
      }
      space = true;
    } else {
      out += ch;
      map.push(i);
      space = false;
    }
  }
  return { out, map };
}

function placeClaims(text, claims) {
  const { out, map } = collapse(text);
  const placed = [];
  for (const claim of claims) {
    const at = out.indexOf(claim.sentence);
    if (at < 0) continue;
    const start = map[at];
    const end = map[at + claim.sentence.length - 1] + 1;
    const cueAt = claim.cue ? text.toLowerCase().indexOf(claim.cue.toLowerCase(), start) : -1;
    placed.push({ claim, start, end, cueAt: cueAt >= 0 && cueAt < end ? cueAt : -1 });
  }
  return placed;
}

function runCli(files) {
  const result = spawnSync('node', [CLI, '--json', '--force', '--files-from', '-'], {
    input: files.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const reports = new Map();
  for (const line of result.stdout.split('\n')) {
    if (!line.trim()) continue;
    const report = JSON.parse(line);
    reports.set(path.resolve(report.file), report);
  }
  return reports;
}

function cueMatches(gold, p) {
  const claimWords = words(p.claim.cue ?? '');
  const inRange = gold.ranges.some(([a, b]) => p.cueAt >= a - 2 && p.cueAt < b + 2);
  return inRange || claimWords.some((w) => !STOP.has(w) && gold.cueWords.includes(w));
}

export function scoreArticle(text, ann, claims) {
  const gold = goldOf(text, ann).filter((g) => !g.headline);
  const placed = placeClaims(text, claims);
  const used = new Set();
  const rows = [];
  for (const g of gold) {
    const inSentence = placed.filter((p) => p.start <= g.start && g.start < p.end);
    const match = inSentence.find((p) => !used.has(p) && cueMatches(g, p));
    if (match) used.add(match);
    rows.push({ g, match, sentenceHit: inSentence.length > 0, inSentence });
  }
  const unmatched = placed.filter(
    (p) => !used.has(p) && !gold.some((g) => p.start <= g.start && g.start < p.end),
  );
  return { rows, unmatched, claims: claims.length, unplaced: claims.length - placed.length };
}

const pct = (n, d) => (d ? (n / d).toFixed(2) : '-');

function main() {
  const options = parseArgs(process.argv.slice(2));
  const dir = path.resolve(options.data);
  const anns = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const pairs = anns
    .map((ann) => ({ ann, txt: `${ann.replace(/_[^_]+\.ann$/, '')}.txt` }))
    .filter((pair) => fs.existsSync(path.join(dir, pair.txt)));
  if (pairs.length === 0) usage(`no <name>.txt + <name>_<annotator>.ann pairs in ${dir}`);
  const reports = runCli(pairs.map((p) => path.join(dir, p.txt)));
  const totals = { gold: 0, found: 0, sentence: 0, sourceAgree: 0, claims: 0, unmatched: 0 };
  const other = { gold: 0, found: 0 };
  const byCue = new Map();
  const lines = [];
  for (const pair of pairs) {
    const text = fs.readFileSync(path.join(dir, pair.txt), 'utf8');
    const ann = parseAnn(fs.readFileSync(path.join(dir, pair.ann), 'utf8'));
    const report = reports.get(path.join(dir, pair.txt));
    const scored = scoreArticle(text, ann, report?.claims ?? []);
    totals.claims += scored.claims;
    totals.unmatched += scored.unmatched.length;
    for (const { g, match, sentenceHit } of scored.rows) {
      if (!g.reporting) {
        other.gold++;
        if (match) other.found++;
        continue;
      }
      totals.gold++;
      if (match) totals.found++;
      if (sentenceHit) totals.sentence++;
      const sourceWords = words(g.source).filter((w) => !STOP.has(w));
      const predicted = words(match?.claim.source?.text ?? '');
      if (match && sourceWords.some((w) => predicted.includes(w))) totals.sourceAgree++;
      const head = g.cueWords.find((w) => REPORTING.has(w)) ?? '?';
      const entry = byCue.get(head) ?? { gold: 0, found: 0 };
      entry.gold++;
      if (match) entry.found++;
      byCue.set(head, entry);
      if (!match) {
        const context = text.slice(Math.max(0, g.start - 140), g.start + 80).replace(/\s+/g, ' ');
        lines.push(`MISS ${pair.txt} [${g.cue}] source=[${g.source}] ...${context}...`);
      }
    }
    for (const p of scored.unmatched) {
      const c = p.claim;
      lines.push(
        `UNMATCHED ${pair.txt} [${c.cue}] ${c.source.kind}=[${c.source.text}] ${c.sentence}`,
      );
    }
  }
  console.log(`PolNeAR pairs: ${pairs.length} (${dir})`);
  console.log(
    `reporting attributions: ${totals.gold}  found ${totals.found} (R=${pct(totals.found, totals.gold)})` +
      `  sentence R=${pct(totals.sentence, totals.gold)}` +
      `  source agrees ${pct(totals.sourceAgree, totals.found)} of found`,
  );
  console.log(
    `other attributions (beliefs, plans, ...): ${other.gold}  found ${other.found} (${pct(other.found, other.gold)})`,
  );
  console.log(
    `claims: ${totals.claims}  meeting no annotated attribution: ${totals.unmatched}` +
      ` (${pct(totals.unmatched, totals.claims)})`,
  );
  const cues = [...byCue.entries()].sort((a, b) => b[1].gold - a[1].gold);
  console.log(
    `recall by cue word: ${cues.map(([w, e]) => `${w} ${e.found}/${e.gold}`).join(', ')}`,
  );
  if (!options.aggregate) for (const line of lines) console.log(line);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
