/** Indonesian "dilaporkan" after a thing already named, with only when or where after it, is
 * the complaint filed about it (as "dilaporkan ke polisi" is), no hedge; with a predicate
 * after it, it hedges. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'id');

describe('dilaporkan of a thing already named', () => {
  it.each([
    'Perampasan motor itu dilaporkan pada Rabu (5/3/2025).',
    'Hilangnya sapi tersebut dilaporkan sekitar pukul 07.00 WIB.',
    'Pembobolan gudang itu sudah dilaporkan.',
    'Penipuan tersebut dilaporkan sejak bulan lalu.',
  ])('the complaint, no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    'Perahu itu dilaporkan hilang sejak Rabu.',
    'Gudang tersebut dilaporkan sudah kosong.',
    'Tidak ada korban jiwa yang dilaporkan.',
  ])('a hedge: %s', (text) => {
    expect(claims(text)[0]).toMatchObject({
      cue: 'dilaporkan',
      source: { kind: 'unattributed' },
    });
  });
});
