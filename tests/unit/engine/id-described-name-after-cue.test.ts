/**
 * Indonesian '"...," kata seorang warga Sukamaju, Ujang': after the cue, a description of the
 * speaker (with a place, capitalised or behind "di"), a comma, then the name. The name is the
 * source and the description its role. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('description then name after the cue', () => {
  it.each([
    [
      '"Air naik sejak subuh," kata seorang warga Sukamaju, Ujang.',
      'Ujang',
      'seorang warga Sukamaju',
    ],
    [
      '"Jembatan itu retak," ujar warga Desa Cibeureum, Asep Gunawan.',
      'Asep Gunawan',
      'warga Desa Cibeureum',
    ],
    [
      '"Harga cabai naik," kata seorang pedagang di pasar, Rina.',
      'Rina',
      'seorang pedagang di pasar',
    ],
    [
      '"Api sudah padam," tutur seorang petugas di lokasi, Andi Wijaya.',
      'Andi Wijaya',
      'seorang petugas di lokasi',
    ],
  ])('%s', (text, name, role) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
    expect(c?.source.role).toBe(role);
  });

  it("a named speaker's place after a comma stays no name", () => {
    const c = onlyClaim('"Sudah kami kirim," kata Budi Santoso di kantornya, Jakarta.', 'id');
    expect(c?.source.name).toBe('Budi Santoso');
  });

  it('an unnamed official placed with no name after stays unnamed', () => {
    const c = onlyClaim('"Api sudah padam," kata seorang petugas di lokasi.', 'id');
    expect(c?.source.kind).toBe('unnamed_official');
  });
});
