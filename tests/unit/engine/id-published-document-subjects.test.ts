/**
 * "Laporan yang dirilis Statenews menyebutkan ...": a document whose relative clause names
 * the outlet that published it keeps that outlet as its via in the subject too, as it does
 * after "menurut". Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a document published by an outlet, as the subject', () => {
  it.each([
    ['Laporan yang dirilis Statenews menyebutkan uji coba itu berhasil.'],
    ['Laporan yang dimuat kantor berita Statenews pada Jumat menyebutkan uji coba itu berhasil.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('uji coba itu berhasil');
  });

  it('a document released by a bank keeps no via', () => {
    const c = id('Laporan yang dirilis Bank Arvania menyebutkan ekonomi melambat.');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via ?? null).toBeNull();
  });
});
