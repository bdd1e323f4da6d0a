/**
 * Offices every region has, named by their class word: an embassy or consulate by its short
 * form ("KBRI", "KJRI"), a subdistrict or ward office ("pihak kecamatan", "pihak kelurahan")
 * and a search-and-rescue team ("Tim SAR") speak as government bodies. Sentences written by
 * the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('Indonesian local offices as official bodies', () => {
  it.each([
    ['Pihak KBRI menyatakan seluruh warga negara Indonesia di kota itu aman.', 'Pihak KBRI'],
    ['KJRI Penang mengatakan pemulangan pekerja dimulai pekan depan.', 'KJRI Penang'],
    ['Pihak kelurahan mengatakan bantuan sudah dibagikan kepada warga.', 'Pihak kelurahan'],
    ['Pihak kecamatan mengatakan jalan itu akan diperbaiki.', 'Pihak kecamatan'],
    ['Tim SAR mengatakan pencarian korban akan dilanjutkan besok pagi.', 'Tim SAR'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('official_body');
  });

  it('a resident of a ward is still a resident', () => {
    const c = onlyClaim('Warga Kelurahan Sukamaju mengatakan air sudah surut.', 'id');
    expect(c?.source.kind).toBe('anonymous');
  });
});
