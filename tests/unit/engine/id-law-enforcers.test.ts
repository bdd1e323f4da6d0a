/**
 * "aparat penegak hukum", "seorang penegak hukum": law enforcers are unnamed officials. The
 * phrase used to be cut to "hukum" (a ministry's portfolio word) and read as a body; a
 * source inside a law-enforcement agency is an official too. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Kasus penipuan investasi itu merugikan ribuan nasabah di Sarana.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('law enforcers, unnamed', () => {
  it.each([
    ['Aparat penegak hukum mengatakan aset para pelaku sudah dibekukan.'],
    ['Seorang penegak hukum menyebutkan dua rekening sudah diblokir.'],
    ['Sumber di lembaga penegak hukum menyebutkan pelaku sudah lama diintai.'],
    ['Aset para pelaku sudah dibekukan, kata seorang penegak hukum.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.text).toMatch(/penegak hukum/);
  });
});
