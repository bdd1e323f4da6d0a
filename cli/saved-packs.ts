/**
 * The language packs as the build compiled them: cli/build.mjs saves each one as JSON beside the
 * bundle (cli/save-packs.ts) and names the files in the bundle, so a run restores the pack it
 * needs instead of compiling it again (core/lang/compile.ts, SavedPack). Run from source (tests,
 * tsx) there are no such files and packs are compiled as usual; so are they when a file is
 * missing or unreadable.
 */
import { readFileSync } from 'node:fs';
import { useSavedPacks } from '@/core/lang';
import type { SavedPack } from '@/core/lang/compile';

/** Pack file names by language, set by cli/build.mjs; each name holds its content's hash, so a
 * bundle only ever reads the files of its own build. */
declare const __SUMBER_SAVED_PACKS__: Record<string, string> | undefined;

export function useBuiltPacks(): void {
  if (typeof __SUMBER_SAVED_PACKS__ !== 'object') return;
  const files = __SUMBER_SAVED_PACKS__;
  useSavedPacks((code) => {
    const name = files[code];
    if (!name) return null;
    try {
      // The build writes them in ASCII (cli/build.mjs): read as Latin-1, nothing to decode.
      return JSON.parse(readFileSync(new URL(name, import.meta.url), 'latin1')) as SavedPack;
    } catch {
      return null; // compiled from the bundle's own data instead: slower, the same tables
    }
  });
}
