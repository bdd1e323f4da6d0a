/**
 * Indonesian religious titles before a name ("Ustaz Abdul Hakim", "Romo Benny") make the
 * source a named person, while the title alone ("seorang ustaz") stays unnamed; and written
 * evidence such as screenshots or minutes ("Tangkapan layar ... memperlihatkan") is a document.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('religious title before a name', () => {
  it.each([
    ['Ustaz Rahmat Hidayat mengatakan jemaah tahun ini lebih banyak.', 'Rahmat Hidayat'],
    ['Kiai Rahmat Hidayat menyebut pesantren itu menampung 300 santri.', 'Rahmat Hidayat'],
    ['"Atap gereja sudah diperbaiki," kata Pendeta Yosua Simanjuntak.', 'Yosua Simanjuntak'],
    ['Romo Antonius Wibowo menilai toleransi di desa itu terjaga.', 'Antonius Wibowo'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toContain(name);
  });

  it('keeps a bare religious title unnamed', () => {
    const c = onlyClaim('Seorang ustaz mengatakan jemaah tahun ini lebih banyak.', 'id');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('screenshots, minutes and transcripts as documents', () => {
  it.each([
    ['Tangkapan layar percakapan itu memperlihatkan pelaku meminta uang tebusan.'],
    ['Notulen rapat itu menyebutkan anggaran dipangkas 20 persen.'],
    ['Transkrip sidang menunjukkan saksi mencabut keterangannya.'],
  ])('%s', (text) => {
    expect(onlyClaim(text, 'id')?.source.kind).toBe('document');
  });
});
