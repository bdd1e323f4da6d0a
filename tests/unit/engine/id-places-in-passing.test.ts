/**
 * A place's name after a preposition of place ("di Alun-alun Sukamaju", "ke Stadion Jaya
 * Raya") is no one a later "-nya" could stand for. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('places named in passing are no persons', () => {
  it.each([
    [
      'Festival kopi digelar di Alun-alun Tanjung Wangi pada akhir pekan dan diikuti puluhan peserta.',
    ],
    ['Ribuan suporter memadati Stadion Gelora Wangi sejak sore dan menyalakan suar di tribune.'],
    ['Penumpang menumpuk di Terminal Kampung Rambutan sejak pagi menjelang libur panjang.'],
  ])('%s', (lead) => {
    const claim = paragraphClaims('id', lead, '"Semoga tahun depan lebih ramai," ujarnya.').at(-1);
    expect(claim?.cue).toBe('ujarnya');
    expect(claim?.source.resolvesTo ?? null).toBeNull();
  });
});
