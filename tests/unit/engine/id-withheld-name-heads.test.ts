/**
 * "Seorang pengusaha gula yang meminta namanya tidak disebutkan mengaku ...": a person whose
 * name is withheld is the whole phrase, head and clause, whatever noun heads it and whatever
 * follows the verb (an aspect word after it opens the claim, not an object relative).
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Rencana impor beras kembali dipersoalkan petani di Kabupaten Sawah Luhur.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('a described person whose name is withheld', () => {
  it.each([
    [
      'Seorang pengusaha beras yang meminta namanya tidak disebutkan mengaku sudah menerima tawaran kuota.',
      'Seorang pengusaha beras yang meminta namanya tidak disebutkan',
      'anonymous',
    ],
    [
      'Seorang pedagang grosir yang enggan disebut namanya mengaku sudah menaikkan harga.',
      'Seorang pedagang grosir yang enggan disebut namanya',
      'anonymous',
    ],
    [
      'Seorang pengusaha yang meminta identitasnya dirahasiakan mengatakan kuota sudah dibagi.',
      'Seorang pengusaha yang meminta identitasnya dirahasiakan',
      'anonymous',
    ],
    [
      'Seorang pejabat Kementerian Pertanian yang enggan disebut namanya mengaku sudah menerima laporan itu.',
      'Seorang pejabat Kementerian Pertanian yang enggan disebut namanya',
      'unnamed_official',
    ],
  ])('%s', (text, source, kind) => {
    const claim = last(text);
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe(kind);
  });
});
