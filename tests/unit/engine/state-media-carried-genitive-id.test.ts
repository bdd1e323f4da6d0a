/**
 * Indonesian outlets carrying a speaker's words named right after their noun: "Televisi
 * pemerintah menyiarkan pernyataan Menteri X yang menyebut ...". The speaker is the source,
 * the outlet the via (state-media flag for a state outlet). Every sentence is the team's own;
 * "Statenews" is the helpers' state-run fixture outlet, "Daily Planet" a private paper.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const id = (text: string) => storyClaims(text, 'id')[0];

describe('an outlet carried the words of the speaker named after them', () => {
  it.each([
    [
      'Televisi pemerintah menyiarkan pernyataan Menteri Luar Negeri Sela Marwati yang menyebut sanksi itu ilegal.',
      'Menteri Luar Negeri Sela Marwati',
    ],
    [
      'Statenews memuat komentar Jenderal Oskar Brel yang mengatakan latihan itu provokasi.',
      'Jenderal Oskar Brel',
    ],
    [
      'Media pemerintah menayangkan pidato Presiden Tavo Renn yang menegaskan tentara siap.',
      'Presiden Tavo Renn',
    ],
  ])('%s', (text, speaker) => {
    const c = id(text);
    expect(c?.source.text).toBe(speaker);
    expect(c?.source.via).not.toBeNull();
    expect(c?.flags).toContain('state_media');
  });

  it('a body speaking through the outlet stays the body', () => {
    const c = id(
      'Statenews menyiarkan pernyataan kementerian pertahanan yang menyebutkan rudal itu jatuh di laut.',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.via).toBe('Statenews');
  });

  it('a private outlet is the via with no flag', () => {
    const c = id(
      'Daily Planet memuat pernyataan Jenderal Oskar Brel yang mengatakan latihan itu provokasi.',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags).not.toContain('state_media');
  });

  it('no outlet carrying: no via', () => {
    const c = id(
      'Kementerian menerbitkan pernyataan Jenderal Oskar Brel yang mengatakan latihan itu provokasi.',
    );
    expect(c?.source.text).toBe('Jenderal Oskar Brel');
    expect(c?.source.via).toBeNull();
  });
});
