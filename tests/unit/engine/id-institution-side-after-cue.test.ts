/**
 * "Menurut pihak kepolisian", "kata pihak sekolah": the side of an institution ("pihak"), in
 * lower case after the cue, opens the source as it does at the head of a sentence. The
 * institution's words keep their kind. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('"pihak" after a cue', () => {
  it.each([
    ['Menurut pihak kepolisian, jembatan Kali Sonde ditutup sampai Senin.', 'official_body'],
    ['Menurut pihak Polres Wanasari, dua pengemudi sudah diperiksa.', 'official_body'],
    ['Menurut pihak Kementerian Perhubungan, jadwal kapal tidak berubah.', 'official_body'],
    ['Jembatan Kali Sonde ditutup sampai Senin, kata pihak kepolisian.', 'official_body'],
    ['Menurut pihak sekolah, murid kelas enam dipulangkan lebih awal.', 'organization'],
    ['Murid kelas enam dipulangkan lebih awal, ujar pihak sekolah.', 'organization'],
    ['Menurut pihak rumah sakit, pasien itu sudah boleh pulang.', 'organization'],
  ])('%s', (text, kind) => {
    const c = id(text);
    expect(c?.source.text.toLowerCase()).toContain('pihak');
    expect(c?.source.kind).toBe(kind);
  });

  it('a named firm after "pihak" is the firm speaking', () => {
    const c = id('Menurut pihak PT Sarana Tirta, air bersih mengalir lagi pada Rabu.');
    expect(c?.source.kind).toBe('organization');
  });

  it("the family's side stays unnamed people", () => {
    const c = id('Menurut pihak keluarga, korban sempat mengeluh pusing.');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('the side at the head of the sentence is unchanged', () => {
    expect(id('Pihak kepolisian mengatakan jembatan itu ditutup.')?.source.kind).toBe(
      'official_body',
    );
  });
});
