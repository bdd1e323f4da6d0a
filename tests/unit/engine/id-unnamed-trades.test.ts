/**
 * Indonesian nouns for people by what they do or where they belong ("aktivis", "akademisi",
 * "praktisi", "investor", "santri", "jemaah", "nakes", "tenaga kesehatan", "wali murid",
 * "suporter", "seniman"): unnamed, they speak as unnamed people; "aktivis", "akademisi" and
 * "praktisi" are titles before a name too. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('unnamed people by trade or belonging', () => {
  it.each([
    ['Para aktivis lingkungan menilai amdal tambang itu cacat.', 'Para aktivis lingkungan'],
    ['Sejumlah akademisi menyebut kebijakan itu tidak berdasar riset.', 'Sejumlah akademisi'],
    ['Praktisi hukum menilai putusan itu janggal.', 'Praktisi hukum'],
    ['Para investor memperkirakan harga saham akan pulih.', 'Para investor'],
    ['Sejumlah santri mengaku tidak diberi makan selama dua hari.', 'Sejumlah santri'],
    ['Menurut para jemaah, pemondokan terlalu jauh dari masjid.', 'para jemaah'],
    ['Para tenaga kesehatan menilai insentif terlambat cair.', 'Para tenaga kesehatan'],
    ['Sejumlah nakes menyebut stok obat menipis.', 'Sejumlah nakes'],
    ['Para wali murid menilai biaya seragam terlalu mahal.', 'Para wali murid'],
    ['"Kami kecewa," kata seorang suporter.', 'seorang suporter'],
    ['Para aktivis HAM menyebut penangkapan itu sewenang-wenang.', 'Para aktivis HAM'],
  ])('%s', (text, source) => {
    expect(only(text)?.source).toMatchObject({ kind: 'anonymous', text: source });
  });

  it.each([
    [
      'Akademisi Universitas Lembah Hijau Budi Santoso menilai tambang merusak pesisir.',
      'Budi Santoso',
    ],
    ['"Ini perampasan lahan," kata aktivis Walhi Lembah, Joko Susilo.', 'Joko Susilo'],
    ['Praktisi hukum, Rina Wulandari, menilai putusan itu janggal.', 'Rina Wulandari'],
  ])('with a name, the person: %s', (text, name) => {
    const c = only(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toContain(name);
  });
});
