/**
 * Indonesian documents published by an outlet: "menurut laporan yang dirilis Statenews",
 * "catatan yang dimuat kantor berita ...". The outlet that published the document carried
 * the words inside it, as "published by" does in English: it is the via, the speaker stays the
 * source. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a document published by an outlet carries its speaker', () => {
  it.each([
    [
      'Menurut laporan yang dimuat Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
    [
      'Menurut catatan yang dimuat kantor berita Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
    [
      'Menurut catatan yang diterbitkan oleh Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
    [
      'Menurut laporan yang dipublikasikan Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
  ])('the state outlet is the via: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    [
      'Menurut laporan yang dirilis Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
    [
      'Menurut catatan yang disiarkan kantor berita Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
    [
      'Menurut dokumen yang diterbitkan oleh Statenews, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    ],
  ])('a document word keeps its publishing outlet as the via: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a report an outlet published, with no speaker inside, is flagged through the outlet', () => {
    const c = id('Menurut laporan yang dirilis Statenews, pelabuhan itu ditutup sejak Senin.');
    expect(c?.source).toMatchObject({ kind: 'document', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet that published the document is a via with no flag', () => {
    const c = id(
      'Menurut laporan yang dirilis Daily Planet, Presiden Arman Wiryo mengatakan perbatasan tetap dibuka.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Daily Planet' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('figures an agency released stay its own document, with no via', () => {
    const c = id('Menurut data yang dirilis Badan Pusat Statistik, inflasi naik tiga persen.');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via ?? null).toBeNull();
  });

  it.each([
    ['Artikel itu dimuat oleh surat kabar Daily Planet pada Rabu.'],
    ['Laporan itu dirilis oleh Statenews pada Rabu.'],
    ['Foto itu dipublikasikan Statenews pada Rabu.'],
  ])('where a piece appeared is no claim: %s', (text) => {
    expect(id(text)).toBeUndefined();
  });

  it('words said in a statement an outlet published keep the outlet as via', () => {
    const c = id(
      'Dalam pernyataan yang dimuat Statenews, Menteri Arman Wiryo menyebut perbatasan tetap dibuka.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });
});
