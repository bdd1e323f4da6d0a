/**
 * "Sesuai data Dinas Pertanian, ...", "Seperti tertera dalam laman resmi X, ...": a document
 * opening the sentence as the basis of what follows is its source. A law or a rule is the
 * basis of an act, never a source ("Sesuai Undang-Undang ...", "seperti tertuang dalam Pasal
 * ..."). Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe('a document opening the sentence', () => {
  it.each([
    [
      'Sesuai data Dinas Pertanian Kabupaten Sleman, luas panen naik 10 persen.',
      'data Dinas Pertanian Kabupaten Sleman',
    ],
    [
      'Sesuai dengan hasil survei Lembaga Riset Nusantara, mayoritas warga puas.',
      'hasil survei Lembaga Riset Nusantara',
    ],
    [
      'Seperti tertera dalam laman resmi Dinas Pertanian, harga gabah naik.',
      'laman resmi Dinas Pertanian',
    ],
    [
      'Sebagaimana tercantum dalam laporan Bank Pembangunan Asia, ekonomi tumbuh 5 persen.',
      'laporan Bank Pembangunan Asia',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe(source);
  });

  it('what someone said after "sesuai" is theirs', () => {
    expect(onlyClaim('Sesuai keterangan saksi, pelaku kabur ke utara.', 'id')?.source.kind).toBe(
      'anonymous',
    );
  });
});

describe('laws and rules are no source', () => {
  it.each([
    'Sesuai Undang-Undang Nomor 8 Tahun 1999, pedagang wajib memasang label harga.',
    'Sesuai aturan, pedagang wajib memasang label harga.',
    'Sesuai jadwal, pasar dibuka pukul enam pagi.',
    'Sanksi itu seperti tertuang dalam Pasal 5 Undang-Undang Perlindungan Konsumen.',
    'Harga itu tidak sesuai dengan ketentuan harga wajar.',
  ])('%s', (text) => {
    expect(storyClaims(text, 'id')).toHaveLength(0);
  });
});
