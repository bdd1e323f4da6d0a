/**
 * Indonesian unnamed people named by a noun no ending marks ("wisatawan"), and a source's
 * noun with one word describing it right before the verb ("Manajemen hotel menyatakan").
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'id');

describe('a noun for people with no person ending is an unnamed person', () => {
  it.each([
    ['Wisatawan mengaku kecewa dengan pelayanan di pantai itu.', 'Wisatawan'],
    ['Sejumlah wisatawan mengatakan pantai itu kotor.', 'Sejumlah wisatawan'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe('clergy with no name are unnamed people', () => {
  it.each([
    ['Ulama itu mengatakan pengajian di desa tetap berjalan.', 'Ulama itu'],
    ['Seorang ustaz mengatakan pengajian di desa tetap berjalan.', 'Seorang ustaz'],
    ['Uskup tersebut mengatakan gereja di kota itu akan dibuka.', 'Uskup tersebut'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('a cleric with a name is that person', () => {
    const c = last('Pendeta Markus Tambunan mengatakan gereja itu akan dibuka.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Markus Tambunan' });
  });
});

describe("one word describing a source's noun, right before the verb", () => {
  it.each([
    ['Manajemen hotel menyatakan makanan itu aman.', 'Manajemen hotel', 'organization'],
    [
      'Manajemen restoran menyatakan dapurnya sudah diperiksa.',
      'Manajemen restoran',
      'organization',
    ],
    // A party's lawyer holds no office: anonymous, as "defense attorneys" are in the gold.
    [
      'Kuasa hukum katering mengatakan kliennya siap bertanggung jawab.',
      'Kuasa hukum katering',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it('a verb and its object are no such phrase', () => {
    const c = last('Polisi memeriksa pemilik toko itu pada Senin.');
    expect(c).toBeUndefined();
  });
});
