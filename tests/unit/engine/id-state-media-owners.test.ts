/**
 * Indonesian generic state media with the owner after the outlet's noun ("media resmi
 * pemerintah", "surat kabar resmi partai berkuasa", "harian milik negara"): the body named
 * after the phrase owns the outlet; the outlet speaks, as state media. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('state media with its owner after it', () => {
  it.each([
    'Media resmi pemerintah menyatakan latihan itu sebuah provokasi.',
    'Surat kabar resmi partai berkuasa menyebut uji coba itu sukses.',
    'Harian milik negara menulis bahwa jembatan baru itu tahan gempa.',
    'Menurut stasiun radio pemerintah, jam malam dicabut mulai Senin.',
    'Koran milik pemerintah melaporkan panen raya dimulai pekan depan.',
  ])('%s', (text) => {
    const c = only(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });
});
