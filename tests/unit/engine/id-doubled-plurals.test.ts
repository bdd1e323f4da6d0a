/**
 * Indonesian marks a plural by doubling the noun ("sumber-sumber", "pejabat-pejabat",
 * "saksi-saksi"): the doubled word speaks as the single one's kind, and sources placed in a
 * body are its unnamed officials as one source is. Party elites ("elite partai") are unnamed
 * officials. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('doubled plurals', () => {
  it.each([
    ['Sumber-sumber di DPR menyebutkan nama calon menteri sudah beredar.', 'unnamed_official'],
    ['Pejabat-pejabat Kementerian Perhubungan mengatakan rapat digelar Senin.', 'unnamed_official'],
    ['Menurut saksi-saksi, truk itu melaju tanpa lampu.', 'anonymous'],
    ['Warga-warga Dusun Karangwetan mengaku resah dengan suara mesin.', 'anonymous'],
  ])('%s', (text, kind) => {
    const c = id(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe('party elites', () => {
  it('an unnamed elite is an unnamed official', () => {
    const c = id('Salah satu elite partai menyebut pertemuan digelar malam ini.');
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a named elite is the person', () => {
    const c = id('Elite Partai Nusantara Raya, Budi Karya Wiguna, mengatakan partainya siap.');
    expect(c?.source.kind).toBe('named_person');
  });
});
