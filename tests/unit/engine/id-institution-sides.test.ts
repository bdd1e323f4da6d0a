/**
 * Indonesian "Pihak X" opening a sentence: the capital of "Pihak" opens no person's name. The
 * side speaks as what X is: an organization for a place of business no lexicon lists ("pihak
 * bandara") or an organizer ("pihak panitia"), unnamed officials for the authorities ("pihak
 * berwajib"), unnamed people for the vague "pihak terkait"/"pihak lain". Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('"Pihak ..." opening a sentence', () => {
  it.each([
    ['Pihak bandara menyebut cuaca buruk menjadi penyebabnya.', 'organization'],
    ['Pihak hotel mengaku kewalahan menampung tamu.', 'organization'],
    ['Pihak penyelenggara menyatakan akan mengembalikan uang tiket.', 'organization'],
    ['Pihak panitia memastikan tidak ada korban jiwa.', 'organization'],
    ['Pihak desa menyebut izin keramaian belum diterbitkan.', 'official_body'],
    // The authorities speak as a body (id-authorities-as-bodies.test.ts).
    ['Pihak berwajib menyebut sepuluh orang diamankan.', 'official_body'],
    ['Pihak terkait mengatakan evaluasi akan dilakukan.', 'anonymous'],
    ['Pihak lain menilai penonton terlalu banyak.', 'anonymous'],
    ['Pihak keluarga menyebutkan korban berangkat sejak subuh.', 'anonymous'],
  ])('%s', (text, kind) => {
    const c = only(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.name ?? null).toBeNull();
  });
});
