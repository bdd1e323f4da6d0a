import { describe, expect, it } from 'vitest';
import { writtenPassive } from '@/core/rules/written-passive';
import { run } from '../helpers';

describe('written-passive', () => {
  it.each([
    [
      'Dalam surat edaran itu disebutkan bahwa sekolah libur dua pekan.',
      'disebutkan bahwa',
      'surat edaran itu',
    ],
    [
      'Di dalam beleid tersebut tertulis bahwa tarif tidak boleh naik.',
      'tertulis bahwa',
      'beleid tersebut',
    ],
    [
      'Pada brosur di laman penjual tertera keterangan bahwa rumah itu bebas banjir.',
      'tertera keterangan bahwa',
      'keterangan',
    ],
    [
      'Dari hasil visum, terungkap bahwa korban dipukul benda tumpul.',
      'terungkap bahwa',
      'hasil visum',
    ],
    [
      'Dalam laporan tahunan dijelaskan bahwa laba perusahaan turun.',
      'dijelaskan bahwa',
      'laporan tahunan',
    ],
    [
      'Pada dokumen itu tercantum bahwa lahan tersebut milik negara.',
      'tercantum bahwa',
      'dokumen itu',
    ],
    // An adverb after the verb, or before it (no part of the document's phrase).
    ['Di dalam surat itu disebutkan pula, warga harus mengungsi.', 'disebutkan pula', 'surat itu'],
    ['Dalam laporan itu juga disebutkan, jembatan itu retak.', 'disebutkan', 'laporan itu'],
  ] as const)('%s', (text, cue, source) => {
    expect(run(writtenPassive, text, 'id')).toEqual([[cue, 'document', source]]);
  });

  it.each([
    'Dalam persidangan terungkap bahwa terdakwa sempat kabur.', // no document: who revealed it is not said
    'Ia dinyatakan lulus oleh panitia seleksi.', // no complementizer
    'Nama pemenang tertulis di papan pengumuman.',
    'Laporan itu disebutkan dalam rapat kemarin.',
    '"Dalam surat itu disebutkan bahwa kami menang," kata Budi.', // inside a quotation
  ])('no claim: %s', (text) => {
    expect(run(writtenPassive, text, 'id')).toEqual([]);
  });
});
