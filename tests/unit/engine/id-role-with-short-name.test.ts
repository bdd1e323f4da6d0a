/**
 * "kata AKP Budi" after "Kapolsek Cilandak AKP Budi Santoso": a role with one word of a name the
 * story gave in full is that person, named in full; the role is the one written now.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

describe('role and one word of a name seen before', () => {
  it.each([
    ['"Kami masih mencari barang bukti," kata AKP Budi.', 'AKP'],
    ['Kapolsek Budi menambahkan bahwa pelaku sempat melawan.', 'Kapolsek'],
  ])('%s', (text, role) => {
    const c = paragraphClaims(
      'id',
      'Kapolsek Cilandak AKP Budi Santoso mengatakan pelaku sudah ditangkap.',
      text,
    ).at(-1);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Budi Santoso');
    expect(c?.source.role).toBe(role);
  });

  it('with no one of that name before, the word is the name', () => {
    const c = paragraphClaims(
      'id',
      'Warga Sukamaju mengeluhkan banjir yang datang setiap tahun.',
      'Camat Hendra mengatakan tanggul akan ditinggikan.',
    ).at(-1);
    expect(c?.source.name).toBe('Hendra');
  });
});

describe("a prime minister's title, its short form in brackets", () => {
  it('is the role before the name', () => {
    const c = paragraphClaims(
      'id',
      'Perdana Menteri (PM) Selandia Baru Hana Whitmore mengatakan perundingan akan dilanjutkan.',
    ).at(-1);
    expect(c?.source.name).toBe('Hana Whitmore');
    expect(c?.source.role).toBe('Perdana Menteri (PM) Selandia Baru');
  });
});
