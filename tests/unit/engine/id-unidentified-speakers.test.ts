/**
 * Indonesian speakers the article does not identify: a withheld name written with any of its
 * usual verbs ("tidak bersedia disebutkan identitasnya"), a made-up name handed over ("sebut
 * saja Budi") or noted ("bukan nama sebenarnya") and used again later. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'id');

describe('a withheld name, built from its parts', () => {
  it.each([
    [
      'Seorang anggota tim yang tidak bersedia disebutkan namanya mengatakan hasilnya belum final.',
      'unnamed_official',
    ],
    [
      'Seorang anggota panitia yang tak bersedia disebut identitasnya menyebutkan acara ditunda.',
      'unnamed_official',
    ],
    [
      'Seorang karyawan yang tidak ingin ditulis namanya mengatakan gaji belum dibayar.',
      'anonymous',
    ],
    [
      'Seorang nelayan yang menolak dipublikasikan identitasnya mengaku dipungut biaya.',
      'anonymous',
    ],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
  });

  it("after a pronoun's cue the pronoun is no named person", () => {
    const c = last(
      'Rudi Hartono memimpin rapat itu. || ' +
        '"Anggarannya belum cair," ujarnya yang tidak bersedia disebutkan namanya.',
    );
    expect(c?.source.kind).not.toBe('named_person');
  });
});

describe('a made-up name', () => {
  it('handed over inside the description: one claim, the unnamed person', () => {
    const claims = storyClaims(
      'Seorang pegawai, sebut saja Budi, mengatakan gaji belum dibayar.',
      'id',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe('mengatakan');
    expect(claims[0]?.source.kind).toBe('anonymous');
  });

  it('used again later, the same unidentified person', () => {
    const c = last(
      'Kenanga (nama samaran) mengatakan ia tidak berani melapor. || ' +
        'Kenanga (24) mengatakan ia sudah bekerja lima tahun.',
    );
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('"sebut" handing over a name is no cue', () => {
    const claims = storyClaims('Mereka menyebutnya Pak Gendut, sebut saja begitu.', 'id');
    expect(claims.every((c) => c.cue !== 'sebut')).toBe(true);
  });
});

describe('information learned from someone', () => {
  it.each([
    [
      'Menurut informasi yang diperoleh dari sumber di kejaksaan, berkas perkara sudah lengkap.',
      'sumber di kejaksaan',
      'unnamed_official',
    ],
    [
      'Berdasarkan informasi yang dihimpun dari warga, pelaku tinggal di rumah kos.',
      'warga',
      'anonymous',
    ],
    ['Menurut informasi dari nelayan, kapal itu karam dini hari.', 'nelayan', 'anonymous'],
  ])('%s', (text, source, kind) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it('information with no one it came from names no source', () => {
    expect(last('Menurut informasi, uang dari bank itu sudah cair.')?.source.kind).not.toBe(
      'anonymous',
    );
  });
});
