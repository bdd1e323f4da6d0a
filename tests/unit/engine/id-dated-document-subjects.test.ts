/**
 * "Laporan Bank X yang dirilis Selasa (9/12) menyebutkan ...", "Data Kementerian X per Senin
 * (8/12) menunjukkan ...": a bracketed date inside a document's subject, in its relative
 * clause or after it, no longer hides the document. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a bracketed date inside a document subject', () => {
  it.each([
    ['Laporan Bank Arvania yang dirilis Selasa (9/12) menyebutkan pertumbuhan ekonomi melambat.'],
    [
      'Laporan Bank Arvania yang dirilis pada Selasa (9/12) menyebutkan pertumbuhan ekonomi melambat.',
    ],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe('Laporan Bank Arvania');
    expect(c?.claim).toBe('pertumbuhan ekonomi melambat');
  });

  it('data dated after the owner', () => {
    const c = id('Data Kementerian Kesehatan per Senin (8/12) menunjukkan 1.500 kasus baru.');
    expect(c?.source.kind).toBe('document');
    expect(c?.claim).toBe('1.500 kasus baru');
  });

  it('people met on a day still speak for themselves', () => {
    const c = id('Warga yang ditemui Senin (8/12) mengatakan air mulai surut.');
    expect(c?.source.kind).toBe('anonymous');
  });
});
