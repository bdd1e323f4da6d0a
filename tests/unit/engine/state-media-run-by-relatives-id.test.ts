/**
 * Indonesian says "state-run" as a relative clause after the outlet's noun ("surat kabar yang
 * dikelola pemerintah", "harian yang dimiliki negara"), and describes a named outlet the same
 * way ("menurut laporan Statenews yang dikelola negara, ..."): the clause belongs to the
 * source's phrase, not to the claim, unless it cites someone else (a relay of its own). Every
 * sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'id')[0];

describe('an outlet the state runs, said with a relative clause', () => {
  it.each([
    [
      'Menurut surat kabar yang dikelola pemerintah, panen padi gagal.',
      'surat kabar yang dikelola pemerintah',
    ],
    ['Menurut harian yang dimiliki negara, panen padi gagal.', 'harian yang dimiliki negara'],
    [
      'Panen padi gagal, lapor stasiun televisi yang dikuasai pemerintah.',
      'stasiun televisi yang dikuasai pemerintah',
    ],
    [
      'Radio yang dijalankan pemerintah melaporkan panen padi gagal.',
      'Radio yang dijalankan pemerintah',
    ],
    // "state-affiliated" and "government-backed", as the English pack has them.
    [
      'Panen padi gagal, lapor media yang berafiliasi dengan pemerintah setempat.',
      'media yang berafiliasi dengan pemerintah setempat',
    ],
    [
      'Menurut televisi yang didukung pemerintah, panen padi gagal.',
      'televisi yang didukung pemerintah',
    ],
  ])('%s', (text, source) => {
    const claim = first(text);
    expect(claim?.source).toMatchObject({ kind: 'state_media', text: source });
    expect(claim?.claim.toLowerCase()).toBe('panen padi gagal');
  });

  it('owned by someone else, it is no state outlet', () => {
    expect(
      first('Menurut harian yang dimiliki keluarga itu, panen padi gagal.')?.flags,
    ).not.toContain('state_media');
    expect(
      first('Menurut media yang berafiliasi dengan partai oposisi, panen padi gagal.')?.flags,
    ).not.toContain('state_media');
  });
});

describe('a named outlet with a relative clause before the claim', () => {
  it.each([
    'Menurut laporan Statenews yang dikelola negara, panen padi gagal.',
    'Menurut kantor berita Statenews yang dikendalikan pemerintah, panen padi gagal.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source.kind).toBe('state_media');
    expect(claim?.source.text).toContain('yang');
    expect(claim?.claim).toBe('panen padi gagal');
  });

  it('a clause that cites someone relays that someone', () => {
    const claim = first('Menurut Statenews yang mengutip pejabat setempat, panen padi gagal.');
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.via).toBe('Statenews');
  });
});
