/**
 * Run by cli/build.mjs only: every language pack, compiled and saved as JSON (SavedPack), for
 * the build to write beside the bundle (cli/saved-packs.ts reads them).
 */
import { getPack, languageCodes } from '@/core/lang';
import { savePack } from '@/core/lang/compile';

export function savedPacks(): Record<string, string> {
  return Object.fromEntries(
    languageCodes().map((code) => [code, JSON.stringify(savePack(getPack(code)))]),
  );
}
