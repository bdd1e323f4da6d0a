/** Kompas-style descriptions of a named person: one name with its age introduces a person
 * ("Nurhayati (45), penjual gorengan, ...") whom a later "perempuan berusia 45 tahun itu"
 * points back to; a description that hands over the name ("pria yang akrab disapa Pak Udin
 * itu") is that named person. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

function sources(...paragraphs: string[]) {
  return paragraphClaims('id', ...paragraphs).map((c) => [c.source.text, c.source.kind]);
}

describe('one name with an age', () => {
  it.each([
    [
      'Nurhayati (45), penjual gorengan di Pasar Senen, sudah tiga hari tidak berjualan. "Minyak goreng langka," kata perempuan berusia 45 tahun itu.',
      'perempuan berusia 45 tahun itu',
    ],
    [
      'Rahmat, 40, membuka bengkel di Depok. "Sepi sekali," ujar ayah dua anak itu.',
      'ayah dua anak itu',
    ],
  ])('%s', (text, source) => {
    expect(sources(text)).toEqual([[source, 'named_person']]);
  });

  it('a description with no one named before keeps its kind', () => {
    expect(sources('"Sepi sekali," ujar ayah dua anak itu.')).toEqual([
      ['ayah dua anak itu', 'anonymous'],
    ]);
  });
});

describe('a description handing over the name', () => {
  it.each([
    ['"Kami hanya ingin anak-anak sekolah," ujar pria yang akrab disapa Pak Udin itu.', 'Pak Udin'],
    ['"Air belum surut," kata perempuan yang biasa dipanggil Nana tersebut.', 'Nana'],
  ])('%s', (text, name) => {
    const [claim] = paragraphClaims('id', text);
    expect([claim?.source.kind, claim?.source.name]).toEqual(['named_person', name]);
  });

  it('a description with no name stays unnamed', () => {
    expect(sources('"Air belum surut," kata warga yang rumahnya terendam itu.')).toEqual([
      ['warga yang rumahnya terendam itu', 'anonymous'],
    ]);
  });
});

describe('a description closed before a clause of what the speaker did', () => {
  it('"... itu sambil menata botol"', () => {
    expect(
      sources(
        'Ijah Suryani sudah 30 tahun berjualan jamu di Tebet. "Dulu langganan saya banyak," tutur perempuan asal Sukoharjo itu sambil menata botol.',
      ),
    ).toEqual([['perempuan asal Sukoharjo itu', 'named_person']]);
  });
});
