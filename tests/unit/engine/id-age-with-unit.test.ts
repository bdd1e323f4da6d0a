/** Indonesian copy writes a person's age in brackets with its unit too ("Suparmi (61 tahun)"),
 * not only as a bare figure ("(61)"): the age belongs to the name, and is neither the end of
 * the source phrase nor part of the role. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('age in brackets with its unit', () => {
  it.each([
    ['Suparmi (61 tahun), warga Desa Sukamaju, mengatakan rumahnya terendam.', 'Suparmi'],
    ['"Air naik sejak subuh," tutur Dedi Kurnia (52 tahun).', 'Dedi Kurnia'],
    ['Marni (48 tahun) mengaku listrik di rumahnya padam sejak Jumat.', 'Marni'],
    ['Tersangka AS (34 tahun) mengaku menyesal.', 'AS'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it('the age is no part of the role', () => {
    const c = onlyClaim('Suparmi (61 tahun), warga Desa Sukamaju, mengatakan air naik.', 'id');
    expect(c?.source.role).toBe('warga Desa Sukamaju');
  });
});
