/**
 * One input, start to finish: read, extract, analyse, validate, and turn into the text that is
 * printed (a JSON line or the readable report). The same function runs in the main thread and
 * in the worker threads, so a batch prints exactly what single files print.
 */
import { analyze } from '@/core/analyze';
import { Report } from '@/core/report';
import { htmlToInput, textToInput, type PageInput } from './article-input';
import { InputError, readInput } from './read-input';
import { COLOR, PLAIN, renderExtraction, renderReport } from './render';

export interface TaskOptions {
  json: boolean;
  extract: boolean;
  url: string | null;
  lang: 'en' | 'id' | null;
  /** Archive runs: pages the gate declines get no claims (default: every input is analysed). */
  gate: boolean;
  color: boolean;
}

export interface TaskResult {
  /** What goes to stdout (no trailing newline), or null when the file failed. */
  out: string | null;
  /** The problem, worded for "sumber: FILE: <problem>". */
  error: string | null;
}

/** Reads one input into the engine's input; throws InputError for bad input. */
export async function loadInput(file: string, url: string | null): Promise<PageInput> {
  const read = readInput(file);
  return read.html ? htmlToInput(read.pieces, file, url) : textToInput(read.text, file, url);
}

/** A report plus the extraction's signals (why the page is, or is not, an article). */
export type CliReport = Report & { signals: string[] };

/**
 * Analyses one input into a validated report; throws InputError for bad input. An input given
 * by name is analysed even when the gate declines it (isArticle stays false in the report),
 * unless `gate` is set.
 */
export async function analyzeFile(
  file: string,
  args: Pick<TaskOptions, 'url' | 'lang'> & { gate?: boolean },
): Promise<CliReport> {
  const page = await loadInput(file, args.url);
  const input = args.gate ? page.input : { ...page.input, requested: true };
  const report = analyze(input, args.lang ? { lang: args.lang } : {});
  report.file = file;
  const checked = Report.safeParse(report);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`the report failed validation: ${issues.join('; ')}`);
  }
  return { ...checked.data, signals: page.signals };
}

// C1 controls and bidi controls are valid in JSON strings but a terminal may act on them.
const JSON_UNSAFE = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** JSON with every control character escaped (JSON.stringify already escapes C0). */
export function toJsonLine(value: unknown): string {
  return JSON.stringify(value).replace(
    JSON_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export async function runTask(file: string, options: TaskOptions): Promise<TaskResult> {
  try {
    const style = options.color ? COLOR : PLAIN;
    if (options.extract) {
      const page = await loadInput(file, options.url);
      const { signals, input } = page;
      const isArticle = input.isArticle ?? true;
      const out = options.json
        ? toJsonLine({ file, isArticle, signals, input })
        : renderExtraction(page, style);
      return { out, error: null };
    }
    const report = await analyzeFile(file, options);
    return { out: options.json ? toJsonLine(report) : renderReport(report, style), error: null };
  } catch (error) {
    const problem =
      error instanceof InputError ? error.message : `internal error: ${(error as Error)?.message}`;
    return { out: null, error: problem };
  }
}
