/**
 * Session 12's Indonesian unnamed sources: the circles of a body ("kalangan DPR") are some of
 * its people, unnamed officials, not the body speaking; the circles of a trade are unnamed
 * people. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('"kalangan" before a body or a trade', () => {
  it.each([
    ['Kalangan DPR menilai anggaran itu terlalu besar.'],
    ['Kalangan Istana menyebut presiden akan hadir dalam pertemuan itu.'],
    ['Menurut kalangan militer, latihan itu sudah direncanakan sejak tahun lalu.'],
  ])('unnamed officials: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('the circles of a trade are unnamed people', () => {
    const c = id('Kalangan pengusaha menilai kebijakan itu memberatkan.');
    expect(c?.source.kind).toBe('anonymous');
  });

  it('the body itself still speaks as a body', () => {
    expect(id('DPR menilai anggaran itu terlalu besar.')?.source.kind).toBe('official_body');
  });

  it('one counted officer is still an official', () => {
    expect(id('Seorang polisi mengatakan jalan itu sudah dibuka.')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('several parties ("sejumlah pihak") are unnamed people', () => {
  it.each([
    ['Sejumlah pihak menilai tarif baru itu memberatkan nelayan.'],
    ['Berbagai pihak menyebut tarif baru itu memberatkan nelayan.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('the side of a named institution is still the institution', () => {
    expect(id('Pihak Lumina menyatakan tarif itu sudah final.')?.source.kind).toBe('organization');
  });
});
