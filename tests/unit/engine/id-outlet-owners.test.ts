/**
 * "Kantor berita Statenews milik pemerintah melaporkan ...", "Menurut kantor berita Wirely
 * milik keluarga Tan, ...": the owner after "milik" says whose the outlet is; the outlet
 * speaks, not its owner, and the claim starts after the owner. Outlets are the test
 * registry's made-up ones; every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('an outlet with its owner after it', () => {
  it('before the verb, the outlet speaks', () => {
    const c = id('Kantor berita Statenews milik pemerintah Velmar melaporkan dua kapal tenggelam.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Kantor berita Statenews' });
    expect(c?.claim).toBe('dua kapal tenggelam');
  });

  it('after "menurut", the owner is no part of the claim', () => {
    const c = id('Menurut harian Daily Planet milik keluarga Tan, harga beras turun.');
    expect(c?.source.kind).toBe('media');
    expect(c?.claim).toBe('harga beras turun');
  });

  it('a thing someone owns is no outlet', () => {
    const c = id('Menurut Budi, rumah milik warga itu rusak berat.');
    expect(c?.claim).toContain('rumah milik warga');
  });
});
