/**
 * A government's secretariat ("Sekretariat Presiden", "the ASEAN Secretariat") is a body.
 * Read as a person's name, "Sekretariat Presiden" made a later "lanjut Presiden" resolve to
 * it as a surname instead of the president named before. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, paragraphClaims } from './helpers';

describe('a secretariat speaks as a body', () => {
  it.each([
    ['Sekretariat Kabinet menyatakan rapat itu ditunda.', 'id'],
    ['The Regional Secretariat said the meeting was postponed.', 'en'],
  ] as const)('%s', (text, lang) => {
    expect(onlyClaim(text, lang)?.source.kind).toBe('official_body');
  });
});

describe('a role word after a secretariat named for it', () => {
  it('"lanjut Presiden" is the president named before', () => {
    const claims = paragraphClaims(
      'id',
      'Presiden Bagas Wiratama meninjau lumbung padi di Sukamaju. Kunjungan itu disiarkan akun Sekretariat Presiden, Minggu.',
      '"Stok beras cukup sampai akhir tahun," kata Bagas.',
      '"Harga gabah kami jaga," lanjut Presiden.',
    );
    const last = claims.at(-1);
    expect(last?.cue).toBe('lanjut');
    expect(last?.source.kind).toBe('named_person');
    expect(last?.source.resolvesTo).toBe('Bagas Wiratama');
  });
});
