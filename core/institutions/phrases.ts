/**
 * The registry's names as lexicon phrases: what core/lang/compile.ts adds to a pack's
 * `bodies` and `organizations` tables. Reads the plain data only (no schema is built).
 */
import { tokenize } from '../text';
import { BUNDLED_INSTITUTIONS } from './data';
import type { Institution, InstitutionKind } from './schema';

/**
 * A spelling as the lexicon keys it: its tokens' keys (lower case) joined by spaces, without
 * the dot that ends an abbreviation ("U.N." -> "u.n", "DPR-RI" -> "dpr-ri"), so that it
 * matches text exactly where the tokenizer's tokens do.
 */
export function phraseOf(spelling: string): string {
  const keys = tokenize(spelling).map((t) => t.base);
  if (keys.length > 1 && keys[keys.length - 1] === '.') keys.pop();
  return keys.join(' ');
}

/** The phrases of the entries of one kind that the copy of one language names them by,
 * sorted and unique. */
export function institutionPhrases(
  lang: string,
  kind: InstitutionKind,
  entries: readonly Institution[] = BUNDLED_INSTITUTIONS,
): string[] {
  return phrasesOf(lang, (entry) => entry.kind === kind, entries);
}

/** The phrases of the bodies that search places (`searches`), for the pack's searching table. */
export function searchingInstitutionPhrases(
  lang: string,
  entries: readonly Institution[] = BUNDLED_INSTITUTIONS,
): string[] {
  return phrasesOf(lang, (entry) => entry.searches === true, entries);
}

function phrasesOf(
  lang: string,
  wanted: (entry: Institution) => boolean,
  entries: readonly Institution[],
): string[] {
  const phrases = new Set<string>();
  for (const entry of entries) {
    if (!wanted(entry)) continue;
    for (const spelling of entry.names[lang] ?? []) phrases.add(phraseOf(spelling));
  }
  return [...phrases].sort();
}
