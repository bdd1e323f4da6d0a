/**
 * "kantor berita Iran, Tasnim", "kantor berita Korea Utara KCNA": an outlet's word, then its
 * country, then a name that is an outlet only in such company. The country between the word
 * and the name must not hide that the name is the outlet. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { defaultRegistry } from '@/core/outlets';

/** The bundled registry: the name's context rule ("Tasnim" is also a given name) is its. */
const paragraphClaims = (lang: 'id', text: string) =>
  analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: defaultRegistry }).claims;

describe('an outlet word and a country before an outlet name', () => {
  it('with a comma after the country, after "menurut"', () => {
    const c = paragraphClaims(
      'id',
      'Menurut kantor berita Iran, Tasnim, rudal itu dapat terbang 1.500 kilometer.',
    ).at(-1);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('without a comma, inside a report of the agency', () => {
    const c = paragraphClaims(
      'id',
      'Menurut laporan kantor berita Iran Tasnim, pabrik drone itu dibuka kembali pekan lalu.',
    ).at(-1);
    expect(c?.source.kind).toBe('state_media');
  });

  it('not when no outlet word stands before the country', () => {
    const c = paragraphClaims(
      'id',
      'Menurut Menteri Luar Negeri Iran Tasnim Ahmadi, perundingan akan dilanjutkan.',
    ).at(-1);
    expect(c?.source.kind).toBe('named_person');
  });

  it('not when the country is written in small letters (no name)', () => {
    const c = paragraphClaims(
      'id',
      'Menurut kantor berita setempat, tasnim dan warga lain sudah dievakuasi.',
    ).at(-1);
    expect(c?.source.kind).not.toBe('state_media');
  });
});
