/** Indonesian "demikian penjelasan Rina", "begitu keterangan Kapolsek ...": a pointing word and
 * a noun of words said, then the speaker, close a quotation or point back to the sentence
 * before, as "demikian kata Rina" does. The speaker is the source, not a document.
 * Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, storyClaims } from './helpers';

describe('pointing word and a noun of words said', () => {
  it.each([
    ['"Jembatan itu ditutup sampai Jumat," demikian penjelasan Rina Kartika.', 'Rina Kartika'],
    [
      '"Pelaku sudah kami tahan," demikian keterangan Kapolsek Cibadak, Kompol Budi Santoso.',
      'Budi Santoso',
    ],
    ['"Stok beras aman," begitu pernyataan Kepala Bulog Cianjur, Dedi Mulyadi.', 'Dedi Mulyadi'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it('opening the sentence, it points back to the sentence before', () => {
    const claims = storyClaims(
      'Kepala Dinas PUPR Rina Kartika meninjau jembatan itu. Perbaikan butuh dua pekan. ' +
        'Demikian penjelasan Rina saat ditemui di lokasi.',
      'id',
    );
    const last = claims.at(-1);
    expect(last?.source.kind).toBe('named_person');
    expect(last?.claim).toBe('Perbaikan butuh dua pekan.');
  });
});
