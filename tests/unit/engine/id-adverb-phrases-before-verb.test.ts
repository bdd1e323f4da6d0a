/**
 * "Budi secara terpisah mengatakan ...", "Rina dan Andi sama-sama mengatakan ...": an adverb
 * between the subject and its verb, of one word or of several ("secara" and its adjective),
 * is no part of the source and hides no verb. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('adverbs before the verb', () => {
  it.each([
    ['Kepala Desa Budi Hartono secara terpisah mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono secara tegas mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono juga secara resmi mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono sama-sama mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono dengan tegas mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono dengan terbuka mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono dengan cepat mengatakan warga sudah mengungsi.'],
    ['Kepala Desa Budi Hartono dengan lantang mengatakan warga sudah mengungsi.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.text).toBe('Kepala Desa Budi Hartono');
    expect(c?.claim).toBe('warga sudah mengungsi');
  });

  it('a negated verb phrase is not crossed for its subject', () => {
    const text = 'Sejauh ini, kedua koperasi belum secara terbuka mengumumkan rencana merger.';
    expect(paragraphClaims('id', text)).toHaveLength(0);
  });

  it('two speakers who say it together', () => {
    const c = id('Budi Hartono dan Siti Rahmawati kompak menyatakan rencana itu ditunda.');
    expect(c?.source.text).toBe('Budi Hartono dan Siti Rahmawati');
  });

  it('two speakers who both say it', () => {
    const c = id(
      'Ketua RT Budi Hartono dan Ketua RW Andi Pratama sama-sama mengatakan warga sudah mengungsi.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toContain('Andi Pratama');
  });
});

describe('a manner phrase before a verb of blaming', () => {
  it('"dengan keras mengecam ... sebagai" still gives the speaker', () => {
    const c = id('Budi Hartono dengan keras mengecam rencana itu sebagai langkah keliru.');
    expect(c?.source.text).toBe('Budi Hartono');
  });
});
