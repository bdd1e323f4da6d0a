/**
 * Indonesian "<noun> <body> yang enggan disebutkan namanya mengatakan, <claim>": the clause
 * withholding a name describes a person, so the whole phrase is the source (a body's
 * management, "pengurus DPP partai", is one of its officials), and the words after the
 * verb's comma are the claim even after a long clause before the source. Sentences written
 * by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('a head described by a clause withholding its name', () => {
  it.each([
    [
      'Seorang pengurus DPP partai itu yang enggan disebutkan namanya mengatakan, ketua umum sudah berganti haluan.',
      'Seorang pengurus DPP partai itu yang enggan disebutkan namanya',
    ],
    [
      'Pengurus partai yang enggan disebutkan namanya mengatakan, ketua umum sudah berganti haluan.',
      'Pengurus partai yang enggan disebutkan namanya',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text: source });
    expect(c?.claim).toBe('ketua umum sudah berganti haluan');
  });

  it('the management of an association is no official', () => {
    const c = onlyClaim('Pengurus koperasi itu mengatakan, dana sudah cair.', 'id');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('the claim after the verb comma', () => {
  it.each([
    'Kabar itu beredar luas bahkan ada pengurus partai yang enggan disebutkan namanya mengatakan, ketua umum sudah berganti haluan.',
    'Kabar itu beredar luas di kalangan kader partai, bahkan warga mengatakan, ketua umum sudah berganti haluan.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'id')?.claim).toBe('ketua umum sudah berganti haluan');
  });

  it('a source after a fronted claim and its comma keeps the claim before', () => {
    const c = onlyClaim('Harga beras naik tajam pekan ini di semua pasar, Budi mengatakan.', 'id');
    expect(c?.claim).toBe('Harga beras naik tajam pekan ini di semua pasar');
  });
});
