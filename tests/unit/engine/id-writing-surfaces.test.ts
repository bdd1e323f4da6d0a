/** Words written on a sheet or board ("Pada kertas itu tertulis ...", '"...," tulis pada
 * kertas itu') have the sheet as their source, a document; the sheet's word is no document
 * elsewhere ("pabrik kertas" is a firm). Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Pengurus masjid menempelkan dua lembar kertas di pintu depan.';

describe('a thing written on as the source', () => {
  it('the sheet the sentence opens with, not one named in its description', () => {
    const [c] = paragraphClaims(
      'id',
      LEAD,
      'Sedangkan di kertas kedua yang lebih lebar dari kertas pertama, tertulis larangan parkir selama salat Jumat.',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe('kertas kedua');
    expect(c?.claim).toBe('larangan parkir selama salat Jumat');
  });

  it('a quote written on a sheet, also when an outlet carried it', () => {
    for (const tail of ['.', ' yang dikutip Daily Planet, Senin.']) {
      const [c] = paragraphClaims(
        'id',
        LEAD,
        `"Jalan ditutup sementara," tulis pada kertas itu${tail}`,
      );
      expect(c?.source.kind, tail).toBe('document');
      expect(c?.source.text, tail).toBe('kertas itu');
    }
  });

  it('a firm making paper is no document', () => {
    const claims = paragraphClaims('id', 'Pabrik kertas itu menyatakan produksinya turun.');
    expect(claims.every((c) => c.source.kind !== 'document')).toBe(true);
  });
});
