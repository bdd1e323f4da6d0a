/**
 * `npm run analyze -- [--json] [--url URL] [--lang en|id] [FILE...]`: the command-line
 * twin of the extension. Same extraction (utils/extract), same engine (core/analyze).
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '@/core/analyze';
import { Report } from '@/core/report';
import { parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { htmlToInput, textToInput, type PageInput } from './article-input';
import { InputError, readInput } from './read-input';
import { pickStyle, renderExtraction, renderReport } from './render';

/** The bundled sample articles, named relative to where the CLI runs. */
export const SAMPLES = ['samples/sample-en.txt', 'samples/sample-id.txt'].map((p) =>
  relative(process.cwd(), fileURLToPath(new URL(p, import.meta.url))),
);

/** Reads one input into the engine's input; throws InputError for bad input. */
export async function loadInput(file: string, url: string | null): Promise<PageInput> {
  const { text, html } = readInput(file);
  return html ? htmlToInput(text, file, url) : textToInput(text, file, url);
}

/** Analyses one input into a validated report; throws InputError for bad input. */
export async function analyzeFile(file: string, args: Pick<CliArgs, 'url' | 'lang'>): Promise<Report> {
  const page = await loadInput(file, args.url);
  const report = analyze(page.input, args.lang ? { lang: args.lang } : {});
  report.file = file;
  const checked = Report.safeParse(report);
  if (!checked.success) {
    throw new Error(`the report failed validation: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return checked.data;
}

export async function main(argv: readonly string[]): Promise<number> {
  // `sumber ... | head`: a closed pipe ends the run quietly, like other Unix tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sumber: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const files = args.files.length > 0 ? args.files : SAMPLES;
  const style = pickStyle(args.color, Boolean(process.stdout.isTTY), process.env);
  let failed = 0;
  let first = true;
  for (const file of files) {
    let report: Report;
    try {
      if (args.extract) {
        const page = await loadInput(file, args.url);
        const { signals, input } = page;
        const out = args.json ? JSON.stringify({ file, isArticle: input.isArticle ?? true, signals, input }) : renderExtraction(page, style);
        process.stdout.write(`${!args.json && !first ? '\n' : ''}${out}\n`);
        first = false;
        continue;
      }
      report = await analyzeFile(file, args);
    } catch (error) {
      failed++;
      const problem = error instanceof InputError ? error.message : `internal error: ${(error as Error).message}`;
      process.stderr.write(`sumber: ${file}: ${problem}\n`);
      continue;
    }
    if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(`${first ? '' : '\n'}${renderReport(report, style)}\n`);
      first = false;
    }
  }
  return failed > 0 ? 1 : 0;
}

// Run only as the entry point, so tests can import analyzeFile().
const entry = process.argv[1];
if (entry && resolve(entry) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sumber: internal error: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
  );
}
