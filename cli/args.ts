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
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run analyze -- [options] [FILE...]

Shows who is behind each claim in a news article (English and Indonesian).
With no FILE, analyses the bundled sample articles (cli/samples/).

FILE       an .html/.htm page, a .txt article (paragraphs separated by blank lines),
           or - for standard input (HTML or text, sniffed). Other names are sniffed too.

Options:
  --json          one JSON report per FILE, in order, as JSON Lines (validated
                  against the Report schema). A FILE that cannot be read prints
                  nothing on stdout: the problem goes to stderr.
  --extract       show what the extraction found instead of analysing it: the
                  blocks, captions/credits and the article signals (with --json,
                  one {file, isArticle, signals, input} object per FILE)
  --url URL       the page's address (default: its canonical link or og:url)
  --lang en|id    analyse in this language instead of detecting it
  --color, --no-color
                  force colours on or off (default: on when stdout is a terminal
                  and NO_COLOR is not set)
  -h, --help      this text

Limits: a FILE larger than 20 MB, empty, binary (NUL bytes) or not valid text
(UTF-8, or the charset an HTML page declares) is reported on stderr as
"sumber: FILE: <problem>" and skipped; the others are still analysed.

Exit status: 0 all analysed, 1 some FILE failed, 2 usage error.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { json: false, extract: false, help: false, url: null, lang: null, color: 'auto', files: [] };
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
        if (lang !== 'en' && lang !== 'id') throw new UsageError(`--lang must be en or id, not "${lang}"`);
        args.lang = lang;
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
    if (inline !== null && name !== '--url' && name !== '--lang') {
      throw new UsageError(`${name} takes no value`);
    }
  }
  return args;
}
