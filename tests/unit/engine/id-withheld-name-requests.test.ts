/**
 * Indonesian withheld names asked for ("yang meminta namanya tak disebut", "minta agar
 * identitasnya dirahasiakan"): the request form is built from its parts like the refusal
 * form, so every negator and passive reads as an unnamed source (no hedge in "disebut"). The
 * head before the clause keeps the words describing it: "Seorang pegawai pabrik tekstil yang
 * ...", "Seorang pejabat BUMN farmasi, yang ..., mengatakan". Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a name withheld on request', () => {
  it.each([
    [
      'Seorang pejabat Dinas Perhubungan, yang meminta namanya tak disebut, membeberkan bahwa tarif parkir akan naik.',
      'Seorang pejabat Dinas Perhubungan, yang meminta namanya tak disebut',
      'unnamed_official',
    ],
    [
      'Kepala desa, yang minta namanya tidak dipublikasikan, menyebut sedikitnya 30 rumah rusak.',
      'Kepala desa, yang minta namanya tidak dipublikasikan',
      'unnamed_official',
    ],
    [
      'Seorang guru yang meminta agar identitasnya dirahasiakan mengatakan honor belum dibayar.',
      'Seorang guru yang meminta agar identitasnya dirahasiakan',
      'anonymous',
    ],
    [
      'Seorang pedagang yang tak bersedia namanya dikutip mengatakan harga cabai naik dua kali lipat.',
      'Seorang pedagang yang tak bersedia namanya dikutip',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ text: source, kind });
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a request with no name in it withholds nothing', () => {
    const c = id('Seorang pejabat Dinas Perhubungan meminta tarif parkir tidak dinaikkan.');
    expect(c?.source.kind ?? 'none').not.toBe('anonymous');
  });
});

describe('the head a withheld-name clause describes', () => {
  it.each([
    [
      'Seorang pegawai pabrik tekstil yang enggan disebut namanya mengatakan gaji belum dibayar.',
      'Seorang pegawai pabrik tekstil yang enggan disebut namanya',
    ],
    [
      'Pegawai toko roti yang tidak mau disebutkan namanya mengatakan gaji belum dibayar.',
      'Pegawai toko roti yang tidak mau disebutkan namanya',
    ],
    [
      'Seorang pejabat BUMN farmasi, yang enggan disebut namanya, mengatakan utang sudah jatuh tempo.',
      'Seorang pejabat BUMN farmasi, yang enggan disebut namanya',
    ],
  ])('%s', (text, source) => {
    expect(id(text)?.source.text).toBe(source);
  });

  it('a verb before the described words ends the head', () => {
    const c = id(
      'Polisi menangkap pegawai pabrik tekstil yang enggan disebut namanya, kata warga.',
    );
    expect(c?.source.text).toBe('warga');
  });
});
