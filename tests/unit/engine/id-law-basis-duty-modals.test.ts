/** A law as the basis of what follows, named outright ("Berdasarkan Pasal 7, ...") or pointed
 * back to after a sentence citing it ("Berdasarkan ketentuan tersebut, ..."), is no source;
 * a duty to report ("wajib melaporkan") reports nothing. Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a law as a basis', () => {
  it('a provision pointed back to after a sentence citing a law is no source', () => {
    const claims = paragraphClaims(
      'id',
      'Penjual obat ilegal diancam hukuman sesuai Pasal 12 Undang-Undang Nomor 5 Tahun 2020.',
      'Berdasarkan ketentuan tersebut, pelaku dapat dipenjara hingga sepuluh tahun.',
    );
    expect(claims).toEqual([]);
  });

  it('an article of a law named outright is no source', () => {
    const claims = paragraphClaims(
      'id',
      'Berdasarkan Pasal 7 ayat 2, setiap koperasi menggelar rapat anggota sekali setahun.',
    );
    expect(claims).toEqual([]);
  });

  it('a report pointed back to is still a source', () => {
    const claims = paragraphClaims(
      'id',
      'Badan Pusat Statistik merilis laporan inflasi bulanan pada Senin.',
      'Berdasarkan laporan tersebut, inflasi bulan lalu mencapai 3 persen.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
    expect(claims[0]?.claim).toBe('inflasi bulan lalu mencapai 3 persen');
  });

  it('a provision pointed back to after no law is still a source', () => {
    const claims = paragraphClaims(
      'id',
      'Panitia lomba membagikan lembar aturan kepada peserta.',
      'Berdasarkan ketentuan tersebut, setiap tim terdiri atas lima orang.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });
});

describe('a duty to report', () => {
  it.each([
    'Kepala desa wajib melaporkan penggunaan dana desa setiap bulan.',
    'Setiap perusahaan harus melaporkan emisi karbonnya kepada pemerintah.',
    'Pengelola gedung mesti menjelaskan rencana evakuasi kepada penghuni.',
  ])('%s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });

  it('what someone could confirm is still a report', () => {
    const [c] = paragraphClaims('id', 'Polisi dapat memastikan bahwa korban tewas tenggelam.');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toBe('korban tewas tenggelam');
  });
});
