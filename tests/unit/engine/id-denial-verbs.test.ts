/**
 * "Rina menyanggah bahwa ...", "Rina tidak memungkiri ...", "Polisi mensinyalir ...": verbs
 * of denying, rebutting and indicating before their claim ("mengelak", to evade, is left
 * out: "tak bisa mengelak dari banjir" says nothing). Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe('Indonesian verbs of denying and indicating', () => {
  it.each([
    ['Rina Kartika menyanggah bahwa gudang itu menyimpan beras impor.', 'menyanggah'],
    ['Rina Kartika tidak memungkiri stok beras di gudang menipis.', 'memungkiri'],
    ['Petugas gudang mensinyalir ada beras yang dijual ke luar daerah.', 'mensinyalir'],
  ])('%s', (text, cue) => {
    const c = onlyClaim(text, 'id');
    expect(c?.cue).toBe(cue);
  });

  it('"mengelak dari" a thing says nothing, and is no cue', () => {
    expect(storyClaims('Warga tak bisa mengelak dari banjir tahunan.', 'id')).toHaveLength(0);
  });
});
