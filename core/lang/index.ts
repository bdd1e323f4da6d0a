/**
 * The language packs. Adding a language = adding its folder (same file names as en/) and
 * one line here.
 */
import { compilePack, type CompiledPack } from './compile';
import { en } from './en';
import { id } from './id';
import type { LangData } from './types';

export const LANGUAGES: readonly LangData[] = [en, id];

const compiled = new Map<string, CompiledPack>(LANGUAGES.map((d) => [d.code, compilePack(d)]));

export type LangCode = string;

export function getPack(code: string): CompiledPack {
  return compiled.get(code) ?? (compiled.get('en') as CompiledPack);
}

export function languageCodes(): string[] {
  return [...compiled.keys()];
}
