/**
 * "tidak berwenang berbicara kepada media" says why a source's name is withheld: no statement
 * relayed by the media, so no claim of its own. A real relay to an outlet still counts.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Perundingan tarif antara kedua negara berlanjut di Sarana pada Rabu.';
const claims = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs);

describe('why a name is withheld', () => {
  it.each([
    ['Pejabat itu meminta namanya tidak disebutkan karena tidak berwenang berbicara kepada media.'],
    ['Ia berbicara dengan syarat anonim karena tidak diizinkan berbicara kepada pers.'],
  ])('%s', (text) => {
    expect(claims(text)).toHaveLength(0);
  });

  it('after the claim of the official it explains', () => {
    const found = claims(
      'Seorang pejabat kementerian mengatakan bea masuk baja akan dinaikkan. ' +
        'Pejabat itu tidak mau disebut namanya karena tidak berwenang berbicara kepada media.',
    );
    expect(found.map((c) => c.source.kind)).toEqual(['unnamed_official']);
  });

  it('a statement given to an outlet is still relayed', () => {
    const [claim] = claims('Rina Adiwangsa berbicara kepada media pemerintah bahwa ekspor naik.');
    expect(claim?.cue).toBe('berbicara kepada');
  });
});
