/**
 * People asked or urged to do something ("mengimbau warga melapor", "meminta agar saksi
 * menjelaskan") report nothing: Indonesian writes no infinitive marker before the verb, so
 * the directive before them says so. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Dua pencuri kabel ditangkap di Kecamatan Tanjung Rusa, kata Kapolsek Lutfi Hamdani.';
const claims = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs);

describe('the object of a directive is no speaker', () => {
  it.each([
    ['Lutfi mengimbau warga melapor jika melihat orang mencurigakan.'],
    ['Polisi mengajak warga mengatakan yang sebenarnya kepada penyidik.'],
    ['Lutfi juga meminta para saksi menjelaskan kronologi kejadian secara rinci.'],
    ['Dinas mendorong pengelola gudang mengumumkan jadwal pemeriksaan.'],
    ['Ia meminta agar pemilik toko menyampaikan laporan kehilangan.'],
    ['Polisi menyuruh dua tersangka menceritakan ulang kejadian itu.'],
  ])('%s', (text) => {
    expect(claims(text).map((c) => c.sentence)).not.toContain(text);
  });

  it('a pronoun after it still points to the speaker', () => {
    const last = claims(
      'Lutfi mengimbau warga melapor jika melihat orang mencurigakan.',
      '"Kami siaga dua puluh empat jam," imbuh dia.',
    ).at(-1);
    expect(last?.source.resolvesTo).toBe('Lutfi Hamdani');
  });
});

describe("the directive's own speaker still speaks", () => {
  it.each([
    ['Lutfi mengatakan warga diminta melapor jika melihat orang mencurigakan.', 'Lutfi'],
    ['Warga mengaku diminta polisi tidak keluar rumah pada malam hari.', 'Warga'],
  ])('%s', (text, source) => {
    const claim = claims(text).find((c) => c.sentence === text);
    expect(claim?.source.text).toBe(source);
  });
});
