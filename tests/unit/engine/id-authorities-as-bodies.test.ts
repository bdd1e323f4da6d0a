/**
 * "otoritas", "pihak berwenang", "pihak berwajib" are the authorities: a state's bodies acting
 * together speak as institutions, as English "authorities" does, not as unnamed officials.
 * An official of an authority is still unnamed. A military command ("Komando ...") is a body
 * as "command" is in English. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Tanah longsor menutup jalan provinsi di selatan Lintang pada Minggu dini hari.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('the authorities speak as bodies', () => {
  it.each([
    ['Otoritas setempat mengatakan sembilan orang masih dicari.'],
    ['Pihak berwenang menyebutkan jalan itu akan dibuka kembali Selasa.'],
    ['Menurut pihak berwajib, pengemudi truk itu sudah diperiksa.'],
    ['Jalan itu akan dibuka kembali Selasa, kata pihak berwenang setempat.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('official_body');
    expect(claim?.flags ?? []).not.toContain('unnamed_source');
  });

  it('an official of an authority is an unnamed official', () => {
    const claim = last('Seorang pejabat otoritas pelabuhan mengatakan kapal feri tertahan.');
    expect(claim?.source.kind).toBe('unnamed_official');
  });
});

describe('a military command speaks as a body', () => {
  it.each([
    ['Komando Wilayah Barat mengatakan latihan gabungan dimulai Senin.'],
    ['Menurut Komando Armada Timur, latihan gabungan dimulai Senin.'],
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('its spokesman is an unnamed official', () => {
    const claim = last('Juru bicara Komando Wilayah Barat mengatakan latihan itu ditunda.');
    expect(claim?.source.kind).toBe('unnamed_official');
  });
});
