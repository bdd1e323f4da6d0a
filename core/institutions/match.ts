/**
 * Registered names as written, for the classification stage that reads the registry by
 * spelling (core/source/stages/institution-registry.ts). Unlike the lexicon tables, which are
 * case-blind, a spelling's capitals must be capitals in the text: "UN", "WHO" and "Fed" are
 * the institutions, "un", "who" and "fed" are words. Every spelling of an entry matches in
 * copy of any language: "NATO" in Indonesian copy, "KPK" in English copy.
 */
import { tokenize, type Token } from '../text';
import { BUNDLED_INSTITUTIONS } from './data';
import type { Institution } from './schema';

interface Spelling {
  words: string[];
  entry: Institution;
}

/** "UN" matches "UN" only; "Kremlin" matches "Kremlin" and "KREMLIN", not "kremlin". */
export function writtenAs(text: string, spelling: string): boolean {
  if (text.length !== spelling.length) return false;
  for (let i = 0; i < text.length; i++) {
    const s = spelling[i] as string;
    const t = text[i] as string;
    if (s !== t && (s !== s.toLowerCase() || t.toLowerCase() !== s)) return false;
  }
  return true;
}

/** Every spelling of the entries (name, names in each language, aliases) by its first word,
 * lower case; longest first. */
export function spellingTable(entries: readonly Institution[]): Map<string, Spelling[]> {
  const table = new Map<string, Spelling[]>();
  for (const entry of entries) {
    const all = new Set([
      entry.name,
      ...Object.values(entry.names).flat(),
      ...(entry.aliases ?? []),
    ]);
    for (const spelling of all) {
      const words = tokenize(spelling).map((t) => t.text);
      if (words.length > 1 && words[words.length - 1] === '.') words.pop();
      const key = (words[0] as string).toLowerCase();
      const list = table.get(key) ?? [];
      list.push({ words, entry });
      table.set(key, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

let bundled: Map<string, Spelling[]> | null = null;

/** The registered institution whose spelling starts at tokens[i] and ends by `end`, longest
 * first, with its length in tokens. */
export function institutionAt(
  tokens: readonly Token[],
  i: number,
  end = tokens.length,
  table: Map<string, Spelling[]> = (bundled ??= spellingTable(BUNDLED_INSTITUTIONS)),
): { entry: Institution; len: number } | null {
  const first = tokens[i];
  if (!first) return null;
  // An acronym read with stops ("WHO" as "w.h.o", core/context.ts) is looked up as written.
  const key = first.cap && first.lower.includes('.') && !first.text.includes('.');
  outer: for (const { words, entry } of table.get(key ? first.text.toLowerCase() : first.lower) ??
    []) {
    if (i + words.length > end) continue;
    for (let k = 0; k < words.length; k++)
      if (!writtenAs((tokens[i + k] as Token).text, words[k] as string)) continue outer;
    return { entry, len: words.length };
  }
  return null;
}
