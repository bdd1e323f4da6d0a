/**
 * Session 12: a firm or club named by one word in Indonesian copy ("Lumina mengatakan") read
 * as a person, because the article's only hints were ones the name evidence did not read: a
 * name set off by commas after a description opening with an organization's word, a name
 * between a role and a person's name ("CEO Nalaria, Sam Wirawan"), a name after what a firm
 * has ("karyawan Lumina"), and a name after a firm's word and two words of its trade
 * ("startup kecerdasan buatan Nalaria"). Every sentence is the team's own. Paragraphs: " || ".
 */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { nameEvidence } from '@/core/source/evidence';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const pack = getPack('id');

describe('a one-word firm the article shows to be one', () => {
  it.each([
    [
      'Perusahaan teknologi asal Korea Selatan, Lumina, merilis ponsel baru. || Lumina mengatakan ponsel itu dijual bulan depan.',
    ],
    [
      'Klub Liga Inggris, Westbury, mengincar gelandang itu. || Westbury menyatakan negosiasi masih berjalan.',
    ],
    [
      'CEO Nalaria, Sam Wirawan, hadir dalam acara itu. || Nalaria menyebut model itu dua kali lebih cepat.',
    ],
    [
      'Karyawan Lumina menggelar aksi di depan kantor. || Lumina mengatakan tuntutan itu sedang dipelajari.',
    ],
    [
      'Pengguna aplikasi Belanjaku mengeluhkan gangguan. || Belanjaku menjelaskan gangguan itu disebabkan pemeliharaan server.',
    ],
    [
      'Startup kecerdasan buatan Nalaria merilis model baru. || Nalaria menyebut model itu dua kali lebih cepat.',
    ],
    [
      'Perusahaan rintisan Nalaria merilis model baru. || Nalaria menyebut model itu dua kali lebih cepat.',
    ],
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('organization');
  });
});

describe('people stay people', () => {
  it('a one-word name with no hint is a person in Indonesian copy', () => {
    expect(id('Lumina mengatakan ponsel itu dijual bulan depan.')?.source.kind).toBe(
      'named_person',
    );
  });

  it('a person set off by commas after a role is the person', () => {
    const c = id(
      'Direktur perusahaan itu, Rina Wulandari, hadir. || Rina mengatakan ponsel itu dijual bulan depan.',
    );
    expect(c?.source.kind).toBe('named_person');
  });

  it("a firm's kin-owned name is the family's, not the firm's", () => {
    const c = id(
      'Perusahaan milik keluarga Wiranata itu merugi. || Wiranata mengatakan utang akan dilunasi.',
    );
    expect(c?.source.kind).toBe('named_person');
  });

  it('a place between a role and the name is no firm', () => {
    const ev = nameEvidence(pack, ['Gubernur Jakarta, Andi Firmansyah, hadir.']);
    expect(ev.institutions.has('jakarta')).toBe(false);
  });

  it('a person between a role and a comma with no name after it stays a person', () => {
    const ev = nameEvidence(pack, ['Presiden Wiranata, Senin, meresmikan jembatan itu.']);
    expect(ev.institutions.has('wiranata')).toBe(false);
    expect(ev.people.has('wiranata')).toBe(true);
  });

  it('a name set off by commas mid-sentence after a plain phrase is no firm', () => {
    const ev = nameEvidence(pack, ['Warga desa itu, Lukas, menolong korban.']);
    expect(ev.institutions.has('lukas')).toBe(false);
  });
});

describe("an institution's own name after a role is no person's", () => {
  it.each([
    ['Seorang anggota Partai Harapan mengatakan rancangan itu akan ditolak.'],
    ['Anggota DPR dari Partai Harapan mengatakan rancangan itu akan ditolak.'],
    ['"Kami siap," kata Direktur Bank Lumina.'],
  ])('an unnamed official: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.name ?? null).toBeNull();
  });

  it('the person named after the party is the person', () => {
    const c = id('"Kami siap," kata Ketua Partai Harapan Budi Santoso.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Budi Santoso' });
  });

  it('the party speaking is an official body', () => {
    expect(id('Partai Harapan menyatakan rancangan itu akan ditolak.')?.source.kind).toBe(
      'official_body',
    );
  });
});
