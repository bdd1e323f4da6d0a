/**
 * Indonesian cues found missing in fresh Indonesian copy, in sentences the team wrote: a threat
 * of what will be done ("mengancam akan"), "dalih" after a quotation (argued), and a quotation
 * closed by "demikian isi" (thus the content of) a document. A threat with no "akan" (a flood
 * threatening houses) and "dalih" or "isi" as plain nouns are no cue.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (text: string) => paragraphClaims('id', text);

describe('"mengancam akan": a threat says what will be done', () => {
  it.each([
    ['Gubernur Hasan Basri mengancam akan mencabut izin tambang itu bulan depan.', 'named_person'],
    ['Kementerian Perdagangan mengancam akan mencabut izin impor perusahaan itu.', 'official_body'],
  ])('%s', (text, kind) => {
    const c = claimsOf(text)[0];
    expect(c?.cue).toBe('mengancam akan');
    expect(c?.source.kind).toBe(kind);
  });

  it('not a threat with no saying in it', () => {
    expect(claimsOf('Banjir bandang mengancam ratusan rumah di bantaran sungai.')).toHaveLength(0);
  });
});

describe('"dalih" after a quotation is a verb of saying', () => {
  it('is the speaker after it', () => {
    const c = claimsOf('"Kami hanya menjalankan perintah atasan," dalih Rudi Hartono.')[0];
    expect(c).toMatchObject({ cue: 'dalih', source: { kind: 'named_person' } });
  });

  it('not as a noun opening a sentence', () => {
    expect(claimsOf('Dalih itu ditolak hakim dalam sidang kemarin.')).toHaveLength(0);
  });
});

describe('"demikian isi" closing a quotation of a document', () => {
  it('is the document named after it', () => {
    const c = claimsOf(
      '"Pasokan beras aman hingga akhir tahun," demikian isi surat edaran itu.',
    )[0];
    expect(c).toMatchObject({ cue: 'demikian isi', source: { kind: 'document' } });
  });

  it('not "isi" as a noun', () => {
    expect(claimsOf('Isi surat edaran itu cukup panjang.')).toHaveLength(0);
  });
});
