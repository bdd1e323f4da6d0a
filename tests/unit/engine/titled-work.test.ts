/** A work's title after its marker ("laporan ... bertajuk ...", "a report titled ...") right
 * before the verb: the work with its title is the source, not a person named by the title's
 * capitals. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('titled work before the verb', () => {
  it.each([
    ['Laporan Bank Dunia bertajuk Prospek Ekonomi Kawasan memproyeksikan ekonomi tumbuh 5 persen.'],
    ['Laporan bertajuk "Kota Tanpa Sampah" menyebutkan volume sampah naik 12 persen.'],
    ['Studi berjudul Air dan Kesehatan Warga menyimpulkan bahwa sumur warga tercemar.'],
  ])('%s', (text) => {
    expect(onlyClaim(text, 'id')?.source.kind).toBe('document');
  });

  it('in English too', () => {
    const c = onlyClaim('A report titled Coastal Futures said the sea wall is too low.', 'en');
    expect(c?.source.kind).toBe('document');
  });
});
