/**
 * "Disebutkan dalam laporan itu, ...": the passive of being written first, then the document
 * it was written in after "dalam"; "Mahkamah memutuskan bahwa ...": a court's ruling on what
 * is so. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe('a written passive with its document after "dalam"', () => {
  it.each([
    ['Disebutkan dalam laporan tersebut, jumlah perokok anak meningkat tajam.', 'laporan tersebut'],
    [
      'Disebutkan pula dalam surat dakwaan bahwa terdakwa menerima uang sejak 2019.',
      'surat dakwaan',
    ],
    [
      'Dijelaskan dalam laporan tahunan OJK, jumlah pinjol ilegal meningkat.',
      'laporan tahunan OJK',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe(source);
    expect(c?.rule).toBe('written-passive');
  });

  it('a meeting is no document', () => {
    expect(storyClaims('Disebutkan dalam rapat, anggaran itu dipangkas.', 'id')).toHaveLength(0);
  });
});

describe('a ruling with "memutuskan bahwa"', () => {
  it("a court ruling on what is so is the court's", () => {
    const c = onlyClaim(
      'Mahkamah Konstitusi memutuskan bahwa ambang batas pencalonan itu bertentangan dengan UUD 1945.',
      'id',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toMatch(/^ambang batas/);
  });

  it('a decision to act is no claim', () => {
    expect(storyClaims('Pemerintah memutuskan menaikkan harga BBM bersubsidi.', 'id')).toHaveLength(
      0,
    );
  });
});

describe('document words', () => {
  it.each([
    ['The leaked cable states that the ambassador had been warned about the risks.', 'en'],
    ['Satellite imagery shows that the runway has been extended.', 'en'],
    ['Hasil hitung cepat Lembaga Survei Nusantara menunjukkan pasangan itu unggul.', 'id'],
  ] as const)('%s', (text, lang) => {
    expect(onlyClaim(text, lang)?.source.kind).toBe('document');
  });
});

describe("a body's finding in its own report", () => {
  it('"BPK dalam laporannya menemukan ..." is the body\'s', () => {
    const c = onlyClaim('BPK dalam laporannya menemukan kelebihan bayar Rp 12 miliar.', 'id');
    expect(c?.source).toMatchObject({ text: 'BPK', kind: 'official_body' });
  });
});
