/**
 * Indonesian titles stand before the name and modifiers after the noun, so a capitalised
 * role word closing a name after a given name ("Lukman Hakim") is a last name, not a title;
 * acting-office words ("Pj", "Penjabat") qualify the office after them. Sentences written by
 * the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD =
  'Festival kopi digelar di alun-alun Kota Tanjung Wangi pada akhir pekan dan diikuti puluhan peserta.';
const claims = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs);

describe('a role word as a last name', () => {
  it.each([
    ['Yusril Hakim mengatakan festival tahun ini lebih ramai.', 'Yusril Hakim'],
    ['"Pengunjung membeludak," kata Fadli Hakim.', 'Fadli Hakim'],
    ['Ketua panitia, Irwan Hakim, mengatakan ada 40 peserta.', 'Irwan Hakim'],
    ['Ketua panitia Irwan Hakim menyebut stan sudah penuh.', 'Irwan Hakim'],
  ])('%s', (text, name) => {
    const claim = claims(text).at(-1);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it('names the person again by the first name', () => {
    const last = claims(
      'Ketua panitia, Irwan Hakim, mengatakan ada 40 peserta.',
      '"Parkir masih terbatas," kata Irwan.',
    ).at(-1);
    expect(last?.source.kind).toBe('named_person');
    expect(last?.source.resolvesTo ?? last?.source.name).toBe('Irwan Hakim');
  });
});

describe('a role word as a title stays one', () => {
  it.each([
    ['Hakim Sutan Lubis mengatakan sidang ditunda.', 'named_person'],
    ['Ketua Majelis Hakim Ratna Dewi menyatakan terdakwa bersalah.', 'named_person'],
    ['"Sidang dilanjutkan pekan depan," kata Ketua Majelis Hakim.', 'unnamed_official'],
    ['"Kami kirim tenda," ujar Pj Gubernur.', 'unnamed_official'],
    ['"Kami kirim beras," kata Penjabat Bupati.', 'unnamed_official'],
    ['"Air naik lagi," ujar Pak Camat.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(claims(text).at(-1)?.source.kind).toBe(kind);
  });
});

describe('a role word right after a cue opening the sentence', () => {
  it.each([
    ['Menurut Kapolres, pengamanan festival melibatkan 200 personel.', 'unnamed_official'],
    ['Kata Bupati, festival akan digelar lagi tahun depan.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(claims(text).at(-1)?.source.kind).toBe(kind);
  });

  it('points back to the office holder named before', () => {
    const last = claims(
      'Kapolres Tanjung Wangi AKBP Rudi Hartono mengatakan pengamanan berjalan lancar.',
      'Menurut Kapolres, tidak ada laporan kehilangan selama festival.',
    ).at(-1);
    expect(last?.source.kind).toBe('named_person');
  });
});
