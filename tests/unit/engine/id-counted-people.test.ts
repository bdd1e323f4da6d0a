/**
 * A count of people before their noun, in words or figures, with or without the word set
 * between them ("Dua orang petugas", "tiga pedagang", "beberapa orang saksi"), stays in the
 * source's words; the kind is the noun's. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('counted people keep their count', () => {
  it.each([
    [
      'Dua orang petugas mengatakan jalan Lembah Hijau ditutup.',
      'Dua orang petugas',
      'unnamed_official',
    ],
    ['Tiga orang pedagang mengatakan harga cabai naik.', 'Tiga orang pedagang', 'anonymous'],
    [
      'Beberapa orang saksi mengatakan truk itu melaju kencang.',
      'Beberapa orang saksi',
      'anonymous',
    ],
    ['Pagi itu tiga nelayan mengatakan ombak setinggi dua meter.', 'tiga nelayan', 'anonymous'],
    [
      'Jalan Lembah Hijau ditutup, kata dua orang petugas.',
      'dua orang petugas',
      'unnamed_official',
    ],
    ['Harga cabai naik, kata 4 orang pedagang.', '4 orang pedagang', 'anonymous'],
  ])('%s', (text, source, kind) => {
    const c = id(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });
});
