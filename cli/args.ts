/** Command-line arguments of `sumber analyze`: parsed strictly, errors are usage errors (exit 2). */

export interface CliArgs {
  json: boolean;
  /** Print what the extraction hands the engine (blocks, credits, signals), not the analysis. */
  extract: boolean;
  help: boolean;
  url: string | null;
  lang: 'en' | 'id' | null;
  color: 'auto' | 'always' | 'never';
  files: string[];
  version: boolean;
  /** Analyse even pages the article gate declines (the default for explicit input). */
  force: boolean;
  /** Archive runs: a page the gate declines is reported with no claims. */
  gate: boolean;
  /** A list of inputs, one per line, from this file (- = standard input). */
  filesFrom: string | null;
  /** Worker threads; null = one per core. */
  jobs: number | null;
}

export class UsageError extends Error {}

export const USAGE = `Usage: sumber [options] [FILE|DIR...]     (or: npm run analyze -- [options] ...)

Shows who is behind each claim in a news article (English and Indonesian).
With no FILE, analyses the bundled sample articles (cli/samples/).

FILE       an .html/.htm page, a .txt article (paragraphs separated by blank lines),
           or - for standard input (HTML or text, sniffed). Other names are sniffed too.
DIR        every .html, .htm and .txt file below it, in name order.

Options:
  --json          one JSON report per FILE, in order, as JSON Lines (validated
                  against the Report schema). A FILE that cannot be read prints
                  nothing on stdout: the problem goes to stderr.
  --extract       show what the extraction found instead of analysing it: the
                  blocks, captions/credits and the article signals (with --json,
                  one {file, isArticle, signals, input} object per FILE)
  --files-from F  read the inputs from F, one per line (- = standard input)
  -j, --jobs N    analyse N files at once in worker threads (default: one per core,
                  fewer for lists under 16 files a core); output stays in input order
  --force         analyse every page, also one that does not look like a news article
                  (the default: a file you name is always analysed; overrides --gate)
  --gate          for archive runs: a page the article check declines is reported
                  (isArticle false) without claims, as the extension does on page load
  --url URL       the page's address (default: its canonical link or og:url)
  --lang en|id    analyse in this language instead of detecting it
  --color, --no-color
                  force colours on or off (default: on when stdout is a terminal
                  and NO_COLOR is not set)
  -h, --help      this text
  -V, --version   the version

Limits: a FILE larger than 20 MB, empty, binary (NUL bytes) or not valid text
(UTF-8, or the charset an HTML page declares) is reported on stderr as
"sumber: FILE: <problem>" and skipped; the others are still analysed.

A progress line goes to stderr when it is a terminal and there is more than one file.
Exit status: 0 all analysed, 1 some FILE failed, 2 usage error.`;

const TAKES_VALUE = new Set(['--url', '--lang', '--files-from', '--jobs', '-j']);

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    json: false,
    extract: false,
    help: false,
    url: null,
    lang: null,
    color: 'auto',
    files: [],
    version: false,
    force: false,
    gate: false,
    filesFrom: null,
    jobs: null,
  };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!options || arg === '-' || !arg.startsWith('-')) {
      args.files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : null;
    const value = (): string => {
      if (inline !== null) return inline;
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--':
        options = false;
        break;
      case '--json':
        args.json = true;
        break;
      case '--extract':
        args.extract = true;
        break;
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--url':
        args.url = value();
        break;
      case '--lang': {
        const lang = value();
        if (lang !== 'en' && lang !== 'id')
          throw new UsageError(`--lang must be en or id, not "${lang}"`);
        args.lang = lang;
        break;
      }
      case '-V':
      case '--version':
        args.version = true;
        break;
      case '--force':
        args.force = true;
        break;
      case '--gate':
        args.gate = true;
        break;
      case '--files-from':
        args.filesFrom = value();
        break;
      case '-j':
      case '--jobs': {
        const text = value();
        const jobs = Number(text);
        if (!/^\d{1,3}$/.test(text) || jobs < 1) {
          throw new UsageError(`--jobs must be a whole number from 1, not "${text}"`);
        }
        args.jobs = jobs;
        break;
      }
      case '--color':
        args.color = 'always';
        break;
      case '--no-color':
        args.color = 'never';
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
    if (inline !== null && !TAKES_VALUE.has(name)) {
      throw new UsageError(`${name} takes no value`);
    }
  }
  return args;
}
