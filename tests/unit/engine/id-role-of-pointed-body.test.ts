/**
 * "Juru bicara kementerian itu": the pointing word closes the body's noun, so the phrase is
 * that body's holder of the role - the person named before only when their role fits, never
 * whoever spoke last. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Banjir bandang merendam tiga kecamatan di Kabupaten Wira Sakti sejak Jumat.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('a role of a body pointed at', () => {
  it('is no earlier speaker of another role', () => {
    const claim = last(
      'Pengacara para korban, Yosef Malau, mengatakan akan menggugat pengembang.',
      'Juru bicara kementerian itu mengatakan tim bantuan sudah dikirim.',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.name).toBeNull();
  });

  it('is the earlier holder of that role', () => {
    const claim = last(
      'Juru bicara Kementerian Sosial, Ratna Sinaga, mengatakan santunan akan diberikan.',
      'Juru bicara kementerian itu menambahkan, data korban masih diverifikasi.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Ratna Sinaga');
  });

  it('a role closed by the pointing word still points back', () => {
    const claim = last(
      'Kepala Dinas Sosial Kabupaten Wira Sakti, Hasan Basri, mengatakan dapur umum dibuka.',
      'Kepala dinas itu menambahkan, bantuan beras tiba besok.',
    );
    expect(claim?.source.resolvesTo).toBe('Hasan Basri');
  });
});

describe('a family member is no office holder', () => {
  it.each([
    ['"Kami kehilangan semuanya," kata salah satu anggota keluarga korban.'],
    ['Seorang anggota keluarga yang enggan disebut namanya mengatakan kerugian besar.'],
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });

  it('a member of a council withheld stays an official', () => {
    const text = 'Seorang anggota DPRD yang enggan disebut namanya mengatakan bantuan terlambat.';
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });
});
