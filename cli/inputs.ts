/**
 * The list of inputs a run analyses: files as named, directories walked (in name order) for
 * pages and texts, and lists of names read from a file or standard input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, readStdin } from './read-input';

const ARTICLE_FILE = /\.(?:html?|txt)$/i;

/**
 * Files in the order given, directories replaced by what they hold. A directory with nothing to
 * analyse stays in the list, so that it fails in its place ("is a directory ...").
 */
export function expandInputs(names: readonly string[]): string[] {
  const files: string[] = [];
  for (const name of names) {
    if (name !== '-' && isDirectory(name)) {
      const before = files.length;
      walk(name, files);
      if (files.length === before) files.push(name);
    } else files.push(name);
  }
  return files;
}

function isDirectory(name: string): boolean {
  try {
    return statSync(name).isDirectory();
  } catch {
    return false; // a missing file is reported when it is read, in its place
  }
}

/** Depth first, names sorted, so runs are repeatable; hidden folders (.git) are skipped. */
function walk(dir: string, into: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, into);
    else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) into.push(path);
  }
}

/** One name per line (CRLF too); blank lines are skipped. `-` is standard input. */
export function readFileList(source: string): string[] {
  let text: string;
  try {
    // A large list arrives through a pipe in pieces: readFileSync(0) fails there with EAGAIN.
    text = source === '-' ? readStdin().toString('utf8') : readFileSync(source, 'utf8');
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(`cannot read the list (${error.message})`);
    throw new InputError(
      `cannot read the list (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return text.split(/\r?\n/).filter((line) => line.trim() !== '');
}
