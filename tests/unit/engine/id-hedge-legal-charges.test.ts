/** Indonesian "diduga" naming the article of law a suspect is charged under is a legal
 * presumption, no hedge; "diduga" on what someone did still is one. Sentences written by
 * the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('diduga and the law a charge names', () => {
  it.each([
    'Penadah itu diduga melanggar Pasal 480 KUHP tentang penadahan.',
    'Kedua kurir diduga melanggar UU Narkotika.',
    'Perbuatan bendahara desa itu diduga melanggar undang-undang.',
    'Pasal yang diduga dilanggar bendahara itu adalah Pasal 3 UU Tipikor.',
    'Bendahara itu diduga kuat melanggar Pasal 3 UU Tipikor.',
  ])('no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    'Bendahara itu diduga menggelapkan dana desa.',
    'Sopir truk itu diduga melanggar lampu merah sebelum menabrak pagar.',
  ])('a hedge on a deed: %s', (text) => {
    expect(claims(text)[0]).toMatchObject({ cue: 'diduga', source: { kind: 'unattributed' } });
  });
});
