/**
 * an Indonesian office described in lower-case words that end with a name
 * holding digits ("juru bicara pemerintah untuk penanganan Covid-19, Rudi Hartono"), and an
 * office after "selaku" that ends with its holder's name. The phrase before the verb stopped
 * at the lower-case words, so the speaker was "Covid-19, Rudi Hartono" (and the words before
 * it became the claim); a word with digits was read as part of a person's name. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('an office described up to a word with digits, then the name', () => {
  it.each([
    [
      'Juru bicara satgas untuk penanganan Covid-19, Rudi Hartono, mengatakan ada tiga kasus baru di kota itu.',
      'Juru bicara satgas untuk penanganan Covid-19, Rudi Hartono',
      'ada tiga kasus baru di kota itu',
    ],
    [
      'Juru Bicara untuk urusan vaksinasi Covid-19 Rudi Hartono mengatakan ada tiga kasus baru di kota itu.',
      'Juru Bicara untuk urusan vaksinasi Covid-19 Rudi Hartono',
      'ada tiga kasus baru di kota itu',
    ],
    [
      'Direktur rumah sakit itu selaku juru bicara tim penanganan Covid-19, Dewi Kartika, mengatakan, ruang isolasi sudah penuh.',
      'Direktur rumah sakit itu selaku juru bicara tim penanganan Covid-19, Dewi Kartika',
      'ruang isolasi sudah penuh',
    ],
  ])('%s', (text, source, claim) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
    expect(c?.source.name).toBe(text.includes('Dewi') ? 'Dewi Kartika' : 'Rudi Hartono');
    expect(c?.claim).toBe(claim);
  });

  it('a role written in capitals keeps the word with digits as its own', () => {
    const c = id('Ketua Satgas Covid-19 Budi Santoso mengatakan ada dua kasus baru di kota itu.');
    expect(c?.source.text).toBe('Ketua Satgas Covid-19 Budi Santoso');
    expect(c?.source.name).toBe('Budi Santoso');
  });
});

describe('a word of capacity', () => {
  it('before a plain office, the speaker is the name before it', () => {
    const c = id('Ratna Dewi selaku wakil bupati mengatakan jalan itu segera diperbaiki.');
    expect(c?.source.name).toBe('Ratna Dewi');
  });

  it('before an office of a firm, the firm speaks', () => {
    const c = id('PT Bintang selaku label penyanyi itu menyatakan lagu baru dirilis pekan depan.');
    expect(c?.source.kind).toBe('organization');
  });
});
