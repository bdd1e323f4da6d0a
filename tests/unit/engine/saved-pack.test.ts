/**
 * A pack saved as JSON (savePack) and restored (restorePack) is the pack compilePack builds:
 * the same tables, in the same orders, with the same slots, so a run that restores the packs
 * the build saved (the `sumber` command) reads exactly what a run that compiles them reads.
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/core/lang';
import { compilePack, restorePack, savePack, type SavedPack } from '@/core/lang/compile';

describe.each(LANGUAGES.map((data) => [data.code, data] as const))('saved pack %s', (_, data) => {
  const compiled = compilePack(data);
  const json = JSON.stringify(savePack(compiled));
  const restored = restorePack(JSON.parse(json) as SavedPack, data);

  it('has every field of the compiled pack, in its order, with equal contents', () => {
    expect(Object.keys(restored)).toEqual(Object.keys(compiled));
    expect(restored).toEqual(compiled);
  });

  it('saves again to the very same JSON (every Map, Set and list in its order)', () => {
    expect(JSON.stringify(savePack(restored))).toBe(json);
  });

  it('keeps the scanned tables at their slots, as the pack fields they are', () => {
    expect(restored.scannedTables.map((t) => t.slot)).toEqual(
      compiled.scannedTables.map((t) => t.slot),
    );
    restored.scannedTables.forEach((table, slot) => expect(table.slot).toBe(slot));
    expect(restored.scannedTables).toContain(restored.speakerVerbs);
  });

  it('matches phrases as the compiled tables do', () => {
    const words = ['the', 'officials', 'said'].map((text) => ({ base: text, lower: text }));
    const tokens = words as unknown as Parameters<typeof compiled.cuePhrases.find>[0];
    expect(restored.cuePhrases.find(tokens)).toEqual(compiled.cuePhrases.find(tokens));
  });
});
