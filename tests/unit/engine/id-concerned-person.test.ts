/**
 * "yang bersangkutan" (the one concerned) after a cue or "menurut": the relative and the
 * pronoun are one pronoun, read back to the person being discussed. Sentences written by the
 * team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Gudang pupuk di Kampung Rawa Indah terbakar pada Senin malam.';
const NAMED =
  'Kepala Dinas Pemadam Kebakaran Kota Rawa Indah, Sutan Marpaung, mengatakan api muncul dari ruang mesin.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('"yang bersangkutan" after the cue is the person named before', () => {
  it.each([
    ['"Kami mengerahkan sembilan mobil pemadam," kata yang bersangkutan.'],
    ['"Api padam menjelang subuh," tutur yang bersangkutan kepada wartawan.'],
    ['Tidak ada korban jiwa, ujar yang bersangkutan saat dihubungi.'],
    ['Menurut yang bersangkutan, gudang itu tidak memiliki alat pemadam.'],
    ['Yang bersangkutan menambahkan, kerugian masih dihitung.'],
  ])('%s', (text) => {
    const claim = last(NAMED, text);
    expect(claim?.sentence).toBe(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Sutan Marpaung');
  });
});

describe('"yang" opening a clause stays a clause', () => {
  it('a relative about the claim is no pronoun', () => {
    const claim = last(NAMED, 'Sutan mengatakan petugas yang bersangkutan sudah diperiksa.');
    expect(claim?.source.resolvesTo ?? claim?.source.name).toBe('Sutan Marpaung');
  });
});
