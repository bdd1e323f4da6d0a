/**
 * "Informasi yang dihimpun menyebutkan ...", "Berdasarkan informasi yang diperoleh, ...": what
 * the reporter gathered from people the story does not name is an unnamed source, flagged.
 * Data gathered by a named body stays a document. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('gathered information as the source', () => {
  it.each([
    ['Informasi yang dihimpun menyebutkan sedikitnya 40 rumah di Dusun Karangwetan terendam.'],
    ['Informasi yang diperoleh menyebutkan pemilik toko sedang berada di Surabaya.'],
    ['Berdasarkan informasi yang dihimpun, api pertama kali terlihat dari dapur warung.'],
    ['Berdasarkan informasi yang didapat, kapal itu berangkat tanpa izin berlayar.'],
    ['Menurut informasi yang diperoleh, rapat itu ditunda hingga pekan depan.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('data gathered by a named ministry is still a document', () => {
    const c = id('Menurut data yang dihimpun Kementerian Sosial, penerima bantuan naik 8 persen.');
    expect(c?.source.kind).toBe('document');
  });

  it('"berdasarkan" a plain basis is still no source', () => {
    expect(id('Peserta dikelompokkan berdasarkan usia anak dan tempat tinggal.')).toBeUndefined();
  });
});
