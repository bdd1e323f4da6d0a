/**
 * Indonesian verbs of describing and blaming, as English "described X as" and "blamed X for":
 * "menggambarkan X sebagai Y" and "menyalahkan X atas/karena Y" say words only with the label
 * or the reason after the object ("menggambarkan situasi" depicts, "menyalahkan diri" blames
 * oneself). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a description with a label or a blame with a reason', () => {
  it.each([
    ['Media pemerintah menggambarkan peluncuran itu sebagai keberhasilan penuh.', 'state_media'],
    ['Media pemerintah menyalahkan negara tetangga atas ledakan di pelabuhan.', 'state_media'],
    ['Menteri Perdagangan Arman Wiryo menyalahkan cuaca buruk karena panen gagal.', 'named_person'],
    ['Statenews menggambarkan pertemuan itu sebagai langkah bersejarah.', 'state_media'],
  ])('%s', (text, kind) => {
    const c = id(text);
    expect(c?.source.kind).toBe(kind);
    if (kind === 'state_media') expect(c?.flags).toContain('state_media');
  });
});

describe('depicting or blaming with no label or reason says nothing', () => {
  it.each([
    ['Istilah itu menggambarkan situasi pertengkaran daring antara dua pihak.'],
    ['Lukisan itu menggambarkan kehidupan nelayan di pesisir utara.'],
    ['Ia menyalahkan dirinya sendiri.'],
  ])('%s', (text) => {
    expect(id(text)).toBeUndefined();
  });
});
