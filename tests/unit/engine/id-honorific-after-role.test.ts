/**
 * Indonesian "kata Kepala Dinas Kesehatan, dr. Rina Kartika, M.Kes": a role or description, a
 * comma, then a name opened by an honorific and perhaps closed by a degree. The name is the
 * source; the honorific is the name's, not the role's, and the degree is neither.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('honorific opening the name after a role', () => {
  it.each([
    [
      '"Stok vaksin cukup," kata Kepala Dinas Kesehatan, dr. Laras Wening, M.Kes.',
      'Kepala Dinas Kesehatan',
    ],
    [
      '"Stok vaksin cukup," kata Kepala Dinas Kesehatan dr. Laras Wening.',
      'Kepala Dinas Kesehatan',
    ],
    [
      '"Anak perlu imunisasi," kata dokter spesialis anak, dr. Laras Wening, Sp.A.',
      'dokter spesialis anak',
    ],
    [
      'Kepala Puskesmas Cibadak, drg. Laras Wening, mengatakan stok obat cukup.',
      'Kepala Puskesmas Cibadak',
    ],
    [
      '"Korban stabil," ujar Kepala IGD RSUD Cibinong, dr Laras Wening.',
      'Kepala IGD RSUD Cibinong',
    ],
  ])('%s', (text, role) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Laras Wening');
    expect(c?.source.role).toBe(role);
  });
});

describe('honorific opening the name before its description', () => {
  it.each([
    ['"Stok obat menipis," ujar drg. Laras Wening, dokter gigi di Puskesmas Cibadak.'],
    ['"Pasien terus bertambah," kata dr. Laras Wening, dokter di RSUD Cibinong.'],
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Laras Wening');
  });
});
