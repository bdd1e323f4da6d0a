/** Stage pointing-role: a role closed by a pointing word is the person named before. */
import { describe, expect, it } from 'vitest';
import { pointingRole } from '@/core/source/stages/pointing-role';
import { decide, lastSource } from './helpers';

describe('stage pointing-role', () => {
  it('"Menteri itu" after a named minister', () => {
    const source = lastSource(
      'id',
      'Menteri Pertanian Siti Rahma meninjau sawah di Karawang.',
      'Menteri itu mengatakan panen akan melimpah.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'Siti Rahma',
      role: 'Menteri Pertanian',
      resolvesTo: 'Siti Rahma',
    });
    expect(source?.basis).toMatch(/^pointing-role\//);
  });

  it('"Menteri tersebut" is the minister, not a general named since', () => {
    const source = lastSource(
      'id',
      'Menteri Perhubungan Dewi Kartika mengatakan dermaga siap.',
      'Kepala Syahbandar Tomi Wijaya juga hadir di dermaga.',
      'Menteri tersebut menambahkan kapal feri kembali Mei.',
    );
    expect(source).toMatchObject({ kind: 'named_person', resolvesTo: 'Dewi Kartika' });
  });

  it('passes with nobody named before', () => {
    expect(
      decide(pointingRole, 'Menteri itu mengatakan panen akan melimpah.', 'Menteri itu', 'id'),
    ).toBeNull();
  });
});
