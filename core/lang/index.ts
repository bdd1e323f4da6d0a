/**
 * The language packs. Adding a language = adding its folder (same file names as en/) and
 * one line here.
 */
import { compilePack, type CompiledPack } from './compile';
import { en } from './en';
import { id } from './id';
import type { LangData } from './types';

export const LANGUAGES: readonly LangData[] = [en, id];

const byCode = new Map<string, LangData>(LANGUAGES.map((d) => [d.code, d]));
/** Compiled on first use: a run over English pages never pays for the Indonesian tables. */
const compiled = new Map<string, CompiledPack>();

export type LangCode = string;

export function getPack(code: string): CompiledPack {
  const data = byCode.get(code) ?? en;
  let pack = compiled.get(data.code);
  if (!pack) {
    pack = compilePack(data);
    compiled.set(data.code, pack);
  }
  return pack;
}

export function languageCodes(): string[] {
  return LANGUAGES.map((d) => d.code);
}
