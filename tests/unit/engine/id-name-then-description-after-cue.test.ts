/**
 * Indonesian '"...," kata Ujang, warga Desa Sukamaju': the name after the cue, a comma, then a
 * word for unnamed people saying who the person is, with no article. The description is the
 * named speaker's role. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('name, then a people word after the comma', () => {
  it.each([
    [
      '"Jalan ini rusak sejak tahun lalu," kata Ujang, warga Desa Sukamaju.',
      'Ujang',
      'warga Desa Sukamaju',
    ],
    [
      '"Saya melihat api dari jendela," ungkap Marni (52), seorang saksi mata.',
      'Marni',
      'seorang saksi mata',
    ],
    [
      '"Anak saya belum ditemukan," kata Darmi, ibu salah satu korban.',
      'Darmi',
      'ibu salah satu korban',
    ],
  ])('%s', (text, name, role) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
    expect(c?.source.role).toBe(role);
  });

  it('a clause after the comma is no appositive', () => {
    const c = onlyClaim('"Air naik," kata Ujang, warga sudah mengungsi sejak pagi.', 'id');
    expect(c?.source.text).toBe('Ujang');
  });
});
