/**
 * A verb-first cue opening the sentence ("Kata pihak kepolisian, ...", "Ujar polisi, ..."):
 * its source, whatever its kind, closed by a comma, then the claim. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('an opening verb-first cue with a body or a group as its source', () => {
  it.each([
    ['Kata pihak kepolisian, dua pelaku sudah diamankan di Polsek Tanjung.', 'pihak kepolisian'],
    ['Ujar polisi, jalur Lembah Hijau ditutup hingga besok pagi.', 'polisi'],
    ['Ucap pihak sekolah, ujian susulan digelar pekan depan.', 'pihak sekolah'],
    ['Kata warga, air sungai naik sejak tengah malam.', 'warga'],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.rule).toBe('verb-speaker');
    expect(c?.source.text).toBe(source);
    expect(c?.claim.startsWith(text.slice(text.indexOf(',') + 2, text.indexOf(',') + 8))).toBe(
      true,
    );
  });

  it('"kata" as a noun opening the sentence reports nothing', () => {
    const claims = paragraphClaims(
      'id',
      'Kata pengantar buku itu, yang panjangnya dua halaman, memuji para relawan.',
    );
    expect(claims).toHaveLength(0);
  });
});
