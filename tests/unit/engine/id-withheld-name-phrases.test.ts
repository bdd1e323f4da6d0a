/**
 * Phrases saying why a source is not named: "yang tidak berwenang berbicara kepada media"
 * belongs to the unnamed source's phrase (the media is no source there), and "disebut" inside
 * "yang tidak ingin disebut namanya" is no hedge. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('not authorised to speak to the media', () => {
  it.each([
    [
      'Seorang anggota delegasi yang tidak berwenang berbicara kepada media mengatakan perundingan hampir gagal.',
      'unnamed_official',
    ],
    [
      'Seorang sumber yang tidak berwenang berbicara kepada pers menyebut perundingan hampir gagal.',
      'anonymous',
    ],
  ])('%s', (text, kind) => {
    const c = id(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe('a hedge word inside a withheld name', () => {
  it('"disebut namanya" hedges nothing', () => {
    const c = id(
      'Warga sekitar, yang tidak ingin disebut namanya, mengatakan jembatan Kali Sonde retak.',
    );
    expect(c?.source.kind ?? 'none').not.toBe('unattributed');
  });

  it('a hedge elsewhere in the sentence still hedges', () => {
    const c = id('Jembatan Kali Sonde disebut retak sejak banjir tahun lalu.');
    expect(c?.source.kind).toBe('unattributed');
  });
});
