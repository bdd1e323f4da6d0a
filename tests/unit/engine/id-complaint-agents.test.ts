/**
 * Indonesian "dilaporkan ke polisi" is a complaint to the police, no hedge; so it stays with
 * the complainant written inside ("dilaporkan korban ke polisi", "dilaporkan warga kepada
 * petugas"), and "disebut polisi sebagai tersangka" is naming. "dilaporkan melarikan diri ke
 * ..." still hedges. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('id', text);

describe('a complaint with its complainant', () => {
  it.each([
    'Kasus itu dilaporkan korban ke Polres Lembah Hijau pekan lalu.',
    'Peristiwa itu dilaporkan warga kepada petugas pada Selasa pagi.',
    'Pengusaha itu dilaporkan Rina Wulandari ke polisi atas dugaan penipuan.',
  ])('%s', (text) => {
    expect(claims(text).filter((c) => c.source.kind === 'unattributed')).toEqual([]);
  });

  it('a hedge with a verb before the preposition stays', () => {
    const [c] = claims('Pelaku dilaporkan melarikan diri ke luar kota.');
    expect(c?.source.kind).toBe('unattributed');
  });
});
