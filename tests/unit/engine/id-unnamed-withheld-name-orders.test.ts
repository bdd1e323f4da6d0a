/**
 * Indonesian: a withheld name in any order ("tidak mau disebut namanya", "namanya tidak mau
 * disebut", "tak ingin namanya disebut"), with "enggan" and "menolak" among the words of
 * not wanting; the passive closing such a phrase ("... tidak disebut mengungkapkan") is part
 * of the subject, not a hedge on the act. Also the words "kritikus" (critics), "sipir"
 * (prison officers), "serdadu" (soldiers) and "ajudan" (aides). Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a withheld name in either order', () => {
  it.each([
    [
      'Seorang karyawan yang minta namanya tidak disebut mengungkapkan gaji belum dibayar.',
      'anonymous',
      'Seorang karyawan yang minta namanya tidak disebut',
    ],
    [
      'Seorang karyawan yang namanya tidak mau disebut mengungkapkan gaji belum dibayar.',
      'anonymous',
      'Seorang karyawan yang namanya tidak mau disebut',
    ],
    [
      'Seorang petugas yang identitasnya enggan disebutkan mengakui kamera itu rusak.',
      'unnamed_official',
      'Seorang petugas yang identitasnya enggan disebutkan',
    ],
    [
      'Seorang penyidik lain yang tak ingin namanya disebut menyebutkan pelaku kabur ke utara.',
      'unnamed_official',
      'Seorang penyidik lain yang tak ingin namanya disebut',
    ],
    [
      '"Kami sudah berusaha," ujar ajudan setempat yang enggan disebutkan namanya.',
      'unnamed_official',
      'ajudan setempat yang enggan disebutkan namanya',
    ],
    [
      'Gaji belum dibayar, kata seorang karyawan yang namanya tidak ingin ditulis.',
      'anonymous',
      'seorang karyawan yang namanya tidak ingin ditulis',
    ],
  ])('%s', (sentence, kind, text) => {
    const c = id(sentence);
    expect(c?.source).toMatchObject({ kind, text, name: null });
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a passive after a named subject still hedges the act', () => {
    const c = id('Pejabat itu disebut mengungkapkan rencana tersebut kepada rekannya.');
    expect(c?.source.kind).toBe('unattributed');
  });
});

describe('words for unnamed people', () => {
  it.each([
    ['Para kritikus mengatakan aturan itu membatasi kebebasan pers.', 'anonymous'],
    ['Seorang sipir mengatakan para tahanan menolak makan sejak Senin.', 'unnamed_official'],
    ['Seorang serdadu mengatakan pos mereka diserang dua kali.', 'unnamed_official'],
  ])('%s', (sentence, kind) => {
    expect(id(sentence)?.source.kind).toBe(kind);
  });
});
