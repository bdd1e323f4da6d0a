#!/usr/bin/env node
// Project scorer: runs the public runner (<shared>/eval/run.mjs) on the project's own gold cases.
//
//   npm run eval                         dev split (default), full runner output
//   npm run eval -- --split test         held-out split: aggregate figures only
//   npm run eval -- --split fresh        second held-out split (session 9): aggregate only
//   npm run eval -- --split fresh2       third held-out split (session 10): aggregate only
//   npm run eval -- --split fresh3       fourth held-out split (session 20): aggregate only
//   npm run eval -- --split all          dev + test together: aggregate figures only
//   options: --shared PATH   the shared folder (default ../shared, relative to the project root)
//            --lang en|id    only one language
//            --only ID,ID    only these cases (dev only)
//            --json FILE     write the full score object (dev only)
//            --verbose       every MISS / FP / KIND line (dev only)
//            --keep          keep the runner's temp inputs (dev only)
//
// The test split is held out: whoever tunes the engine must not see its sentences, so for it
// the scorer refuses the options that reveal sentences or cases and passes on only the
// aggregate metric lines of the runner's output. Plain Node ESM, no dependencies.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CASES_ROOT = path.join(PROJECT_ROOT, 'eval', 'cases');
const SPLITS = ['dev', 'test', 'fresh', 'fresh2', 'fresh3', 'all'];

function usage(message) {
  console.error(`eval: ${message}`);
  console.error(
    'usage: npm run eval -- [--split dev|test|fresh|fresh2|fresh3|all] [--shared PATH] [--lang en|id]',
  );
  console.error(
    '       [--only ID,ID] [--json FILE] [--verbose] [--keep]   (the last four: dev only)',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = { split: 'dev', shared: '../shared', passThrough: [], revealing: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const needsValue = ['--split', '--shared', '--lang', '--only', '--json'].includes(arg);
    if (needsValue && (i + 1 >= argv.length || argv[i + 1].startsWith('--'))) {
      usage(`${arg} needs a value`);
    }
    if (arg === '--split') options.split = argv[++i];
    else if (arg === '--shared') options.shared = argv[++i];
    else if (arg === '--lang') options.passThrough.push(arg, argv[++i]);
    else if (arg === '--only' || arg === '--json') {
      options.revealing.push(arg);
      options.passThrough.push(arg, argv[++i]);
    } else if (arg === '--verbose' || arg === '-v' || arg === '--keep') {
      options.revealing.push(arg === '-v' ? '--verbose' : arg);
      options.passThrough.push(arg);
    } else if (arg === '--help' || arg === '-h') {
      const header = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
      console.log(header.slice(1, 16).join('\n'));
      process.exit(0);
    } else usage(`unknown argument ${arg}`);
  }
  if (!SPLITS.includes(options.split)) usage(`--split must be one of ${SPLITS.join(', ')}`);
  return options;
}

// The runner reads one flat directory of cases; "all" gets a temp dir holding both splits.
function casesDirFor(split) {
  if (split !== 'all') return { dir: path.join(CASES_ROOT, split), cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sumber-cases-'));
  for (const part of ['dev', 'test']) {
    const from = path.join(CASES_ROOT, part);
    if (!fs.existsSync(from)) continue;
    for (const file of fs.readdirSync(from).filter((f) => f.endsWith('.json'))) {
      fs.copyFileSync(path.join(from, file), path.join(dir, `${part}-${file}`));
    }
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

// Held-out output: the per-language blocks ("== en ==" up to the blank line after it: P/R/F1,
// kind accuracy, flag recall/precision, article and language accuracy, the kind confusion
// counts) and the final summary line. Everything else (per-case table, MISS/FP/KIND lines,
// warnings quoting CLI output) is dropped.
function aggregateFilter() {
  let inBlock = false;
  return (line) => {
    if (/^== \S+ ==$/.test(line)) inBlock = true;
    else if (line.trim() === '') inBlock = false;
    if (inBlock || line.startsWith('F1 en=')) return line;
    return null;
  };
}

function run() {
  const options = parseArgs(process.argv.slice(2));
  const heldOut = options.split !== 'dev';
  if (heldOut && options.revealing.length) {
    usage(
      `the ${options.split} split is held out: ${options.revealing.join(', ')} not allowed ` +
        `(only aggregate figures are printed for it; use --split dev to look at cases)`,
    );
  }
  const sharedDir = path.resolve(PROJECT_ROOT, options.shared);
  const runner = path.join(sharedDir, 'eval', 'run.mjs');
  if (!fs.existsSync(runner)) {
    console.error(`eval: the shared corpus and runner are missing: ${runner} not found.`);
    console.error('eval: put the shared folder beside the project or pass --shared PATH.');
    process.exit(2);
  }
  const { dir, cleanup } = casesDirFor(options.split);
  if (!fs.existsSync(dir) || !fs.readdirSync(dir).some((f) => f.endsWith('.json'))) {
    cleanup();
    console.error(`eval: no cases in ${path.relative(PROJECT_ROOT, dir) || dir}`);
    process.exit(2);
  }
  const args = [runner, '--cases', dir, ...options.passThrough];
  const stdio = heldOut ? ['ignore', 'pipe', 'pipe'] : 'inherit';
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio });
  if (heldOut) {
    const keep = aggregateFilter();
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const shown = keep(line);
      if (shown !== null) console.log(shown);
    });
    // An error's first line says what failed; later lines may quote CLI output (sentences).
    readline.createInterface({ input: child.stderr }).on('line', (line) => {
      if (!line.startsWith('EVAL ERROR:')) return;
      // a JSON parse message can quote the offending output: keep only what precedes it
      const firstPart = line.split(' (')[0];
      console.error(`${firstPart} (details hidden: held-out split)`);
    });
  }
  child.on('close', (code, signal) => {
    cleanup();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

run();
