/**
 * Where things are: the repo root, the shared corpus beside it (when present), and the
 * bench's own fallback pages. Paths are resolved from this file, never from the machine.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `../shared/corpus` relative to the repo root: read-only material, may be absent. */
export const SHARED_CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus');
const OWN_FIXTURES = join(REPO_ROOT, 'bench', 'fixtures');

/** What the corpus index says a page is; `article` is what Sumber should answer. */
export type PageKind = 'news_article' | 'other_article' | 'non_article';

export interface CorpusPage {
  /** "pages/cnn", "id/kompas-32", "fixtures/en-news": unique and short, for tables. */
  name: string;
  path: string;
  lang: string;
  kind: PageKind;
  bytes: number;
}

interface IndexEntry {
  name: string;
  file: string;
  lang: string;
  kind: PageKind;
}

function fromIndex(dir: string, prefix: string): CorpusPage[] {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as IndexEntry[];
  return index.map((entry) => {
    const path = join(dir, entry.file);
    return {
      name: `${prefix}/${entry.name}`,
      path,
      lang: entry.lang,
      kind: entry.kind,
      bytes: statSync(path).size,
    };
  });
}

/** The bench's own pages (committed): used when the shared corpus is not beside the repo. */
function ownFixtures(): CorpusPage[] {
  return readdirSync(OWN_FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = join(OWN_FIXTURES, file);
      // File names say what the page is: "<lang>-<kind>-<name>.html".
      const [lang = 'en', kind = 'news'] = file.split('-');
      const pageKind: PageKind =
        kind === 'news' ? 'news_article' : kind === 'other' ? 'other_article' : 'non_article';
      return {
        name: `fixtures/${file.replace(/\.html$/, '')}`,
        path,
        lang,
        kind: pageKind,
        bytes: statSync(path).size,
      };
    });
}

export interface Corpus {
  pages: CorpusPage[];
  /** One line saying where the pages came from, printed above every table. */
  origin: string;
}

/**
 * `BENCH_PAGES_FROM=list.txt` keeps the pages whose file is listed there (one path a line), so a
 * run can keep to pages one may read (held-out pages stay unopened); applied before BENCH_ONLY.
 */
function listed(corpus: Corpus): Corpus {
  const list = process.env.BENCH_PAGES_FROM;
  if (!list) return corpus;
  const allowed = new Set(
    readFileSync(list, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => resolve(line)),
  );
  const pages = corpus.pages.filter((p) => allowed.has(resolve(p.path)));
  return {
    pages,
    origin: `${corpus.origin}; BENCH_PAGES_FROM=${list}: ${pages.length} pages`,
  };
}

/** `BENCH_ONLY=cnn,kompas` keeps the pages whose name contains one of the words (quick runs). */
function only(corpus: Corpus): Corpus {
  const words = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
  if (words.length === 0) return corpus;
  const pages = corpus.pages.filter((p) => words.some((w) => p.name.includes(w)));
  return {
    pages,
    origin: `${corpus.origin}; BENCH_ONLY=${words.join(',')}: ${pages.length} pages`,
  };
}

export function loadCorpus(): Corpus {
  return only(listed(loadAll()));
}

function loadAll(): Corpus {
  const pagesDir = join(SHARED_CORPUS, 'pages');
  const idDir = join(SHARED_CORPUS, 'id');
  if (existsSync(join(pagesDir, 'index.json'))) {
    const pages = fromIndex(pagesDir, 'pages');
    if (existsSync(join(idDir, 'index.json'))) pages.push(...fromIndex(idDir, 'id'));
    if (existsSync(join(SHARED_CORPUS, 'seed.html'))) {
      const path = join(SHARED_CORPUS, 'seed.html');
      pages.push({
        name: 'seed',
        path,
        lang: 'id',
        kind: 'news_article',
        bytes: statSync(path).size,
      });
    }
    return { pages, origin: `shared corpus (../shared/corpus): ${pages.length} pages` };
  }
  const pages = ownFixtures();
  return {
    pages,
    origin: `../shared/corpus is missing: using the bench's own ${pages.length} fixture pages (bench/fixtures)`,
  };
}

/** The shared corpus sets the whole-process CLI figures run over (every .html file in each). */
export const CLI_CORPUS_SETS = ['pages', 'id', 'wire', 'kompas'] as const;

/** Every page file of the given sets (sorted), or the bench's own fixtures without ../shared. */
export function corpusFiles(sets: readonly string[] = CLI_CORPUS_SETS): {
  files: string[];
  origin: string;
} {
  const files: string[] = [];
  for (const set of sets) {
    const dir = join(SHARED_CORPUS, set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort())
      if (name.endsWith('.html')) files.push(join(dir, name));
  }
  if (files.length > 0)
    return { files, origin: `../shared/corpus/{${sets.join(',')}}: ${files.length} pages` };
  const own = ownFixtures().map((p) => p.path);
  return {
    files: own,
    origin: `../shared/corpus is missing: the bench's own ${own.length} fixture pages`,
  };
}
