/** "Disampaikan Budi, ...", "Dipaparkan Kepala Dinas X, Rudi, ...": a passive verb of saying
 * opens the sentence, its agent then a comma, then what was said. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Warga Desa Sukamaju mengeluhkan banjir yang datang setiap musim hujan.';
const claimsAfterLead = (text: string) => paragraphClaims('id', LEAD, text);

describe('a passive verb of saying opening the sentence with its agent', () => {
  it.each([
    [
      'Disampaikan Budi Santoso, bendungan itu akan diperbaiki tahun depan.',
      'Budi Santoso',
      'bendungan itu akan diperbaiki tahun depan',
    ],
    [
      'Disampaikan Kepala Dinas Pekerjaan Umum Lembah Hijau, Rudi Hartono, perbaikan membutuhkan dana Rp 5 miliar.',
      'Rudi Hartono',
      'perbaikan membutuhkan dana Rp 5 miliar',
    ],
    [
      'Dipaparkan Rina Wulandari, dana itu berasal dari APBD.',
      'Rina Wulandari',
      'dana itu berasal dari APBD',
    ],
    [
      'Diterangkan Siti Aminah, warga sudah tiga kali mengajukan permohonan.',
      'Siti Aminah',
      'warga sudah tiga kali mengajukan permohonan',
    ],
    [
      'Ditambahkan Agus Salim, pompa air tambahan tiba pekan depan.',
      'Agus Salim',
      'pompa air tambahan tiba pekan depan',
    ],
  ])('%s', (text, name, said) => {
    const claim = claimsAfterLead(text).at(-1);
    expect(claim?.claim).toBe(said);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });
});

describe('"disampaikan" handing something over is no cue', () => {
  it.each([
    'Bantuan itu, disampaikan Budi kepada warga, berupa beras dan minyak goreng.',
    'Disampaikan kepada warga, jalan itu ditutup selama dua hari.',
    'Selain itu, disampaikan pula bantuan berupa selimut kepada pengungsi.',
  ])('%s', (text) => {
    expect(claimsAfterLead(text)).toEqual([]);
  });
});
