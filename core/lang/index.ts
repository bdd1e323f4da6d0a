/**
 * The language packs. Adding a language = adding its folder (same file names as en/) and
 * one line here.
 */
import { compilePack, restorePack, type CompiledPack, type SavedPack } from './compile';
import { en } from './en';
import { id } from './id';
import type { LangData } from './types';

export const LANGUAGES: readonly LangData[] = [en, id];

const byCode = new Map<string, LangData>(LANGUAGES.map((d) => [d.code, d]));
/** Compiled on first use: a run over English pages never pays for the Indonesian tables. */
const compiled = new Map<string, CompiledPack>();

/** Where packs compiled ahead of time come from (none: every pack is compiled here). */
let savedPacks: (code: string) => SavedPack | null = () => null;

/**
 * Packs compiled ahead of time, asked before a pack is compiled: the `sumber` command's build
 * saves them beside its bundle (cli/saved-packs.ts). A pack it has not is compiled as usual.
 */
export function useSavedPacks(load: (code: string) => SavedPack | null): void {
  savedPacks = load;
}

export type LangCode = string;

export function getPack(code: string): CompiledPack {
  const data = byCode.get(code) ?? en;
  let pack = compiled.get(data.code);
  if (!pack) {
    const saved = savedPacks(data.code);
    pack = saved ? restorePack(saved, data) : compilePack(data);
    compiled.set(data.code, pack);
  }
  return pack;
}

export function languageCodes(): string[] {
  return LANGUAGES.map((d) => d.code);
}

/** The fields of a pack that are lists of words. */
export type WordListField = {
  [K in keyof LangData]: LangData[K] extends readonly string[] ? K : never;
}[keyof LangData];

const joined = new Map<WordListField, string[]>();

/**
 * One list of every pack's words (each pack's in turn, each word once), joined once per
 * field from the packs' plain data (no pack is compiled for it; not sorted again, which was
 * a quarter of a million instructions of every start). For what is matched whatever the
 * language of the text: the outlet registry's context words, since a name occurs in copy of
 * either language and the registry matches names before a text's language is known.
 */
export function wordsOfEveryPack(field: WordListField): string[] {
  let words = joined.get(field);
  if (!words) {
    words = [...new Set(LANGUAGES.flatMap((d) => d[field] as readonly string[]))];
    joined.set(field, words);
  }
  return words;
}
