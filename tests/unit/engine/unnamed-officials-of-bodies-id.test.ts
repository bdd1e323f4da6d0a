/**
 * Indonesian unnamed people of an institution ("pegawai kementerian") against the institution
 * speaking itself ("kementerian menyatakan"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'id');

describe('an employee of a government body is one of its unnamed officials', () => {
  it.each([
    ['Seorang pegawai dinas sosial mengatakan bantuan itu tertunda.', 'Seorang pegawai'],
    ['Pegawai Kementerian Perdagangan mengatakan izin impor dibekukan.', 'Pegawai'],
    ['Karyawan Bank Indonesia mengatakan layanan tetap buka.', 'Karyawan'],
    ['Bantuan itu tertunda, kata seorang pegawai dinas sosial.', 'seorang pegawai'],
  ])('%s', (text, start) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text.startsWith(start)).toBe(true);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('an employee of a firm stays an unnamed person', () => {
    const c = last('Seorang karyawan PT Tirta Makmur mengatakan gaji belum dibayar.');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('an unnamed person of a trade that holds no office is anonymous', () => {
  it.each([
    'Seorang wartawan mengatakan ia dihalangi saat meliput.',
    'Seorang pengacara mengatakan kliennya tidak bersalah.',
    'Sejumlah dosen menilai kebijakan itu keliru.',
    'Seorang pelatih mengatakan timnya siap bertanding.',
    'Relawan mengatakan bantuan makanan mulai menipis.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('with a name the trade is the named person’s role', () => {
    const c = last('Pengacara Budi Santoso mengatakan kliennya tidak bersalah.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Budi Santoso' });
  });

  it('a political role stays an unnamed official', () => {
    expect(last('Seorang politikus mengatakan kebijakan itu keliru.')?.source.kind).toBe(
      'unnamed_official',
    );
  });
});

describe('the circles close to a body are its unnamed insiders, not the body', () => {
  it.each([
    'Kalangan dekat Istana menyebut presiden akan merombak kabinet.',
    'Menurut kalangan dekat Istana, presiden akan merombak kabinet.',
    'Presiden akan merombak kabinet, kata kalangan dekat Istana.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text.toLowerCase()).toBe('kalangan dekat istana');
  });
});

describe('soldiers and village officials with no name are unnamed officials', () => {
  it.each([
    ['Prajurit TNI mengatakan jembatan itu rusak berat.', 'Prajurit TNI'],
    ['"Jembatan itu rusak," kata seorang prajurit yang berjaga.', 'seorang prajurit'],
    ['Perangkat desa mengatakan bantuan belum cair.', 'Perangkat desa'],
    ['Menurut perangkat desa setempat, bantuan belum cair.', 'perangkat desa'],
  ])('%s', (text, start) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text.startsWith(start)).toBe(true);
  });
});

describe('an officer’s word before a body and its region is no person named so', () => {
  it.each([
    'Petugas Polda Metro Jaya menyebut tersangka sudah ditahan.',
    'Personel Polres Jakarta Selatan menyebut tersangka sudah ditahan.',
    'Prajurit Kodam Jaya menyebut jembatan itu rusak.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });
});

describe('civil servants, policewomen and faction members are unnamed officials', () => {
  it.each([
    'Sejumlah ASN mengaku belum menerima gaji bulan ini.',
    'Seorang PNS mengaku belum menerima gaji bulan ini.',
    'Seorang polwan mengatakan situasi sudah kondusif.',
    'Anggota Fraksi Nusantara menilai kebijakan itu keliru.',
    'Sejumlah anggota Fraksi Nusantara menilai kebijakan itu keliru.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('the faction itself is the body', () => {
    expect(last('Fraksi Nusantara menyatakan menolak RUU itu.')?.source.kind).toBe('official_body');
  });

  it('a party cadre is a member, not an official', () => {
    expect(last('Kader Partai Nusantara menilai kebijakan itu keliru.')?.source.kind).toBe(
      'anonymous',
    );
  });
});

describe('an official source, and one in parliament, are unnamed officials', () => {
  it.each([
    'Menurut sumber resmi, serangan itu gagal.',
    'Sumber di parlemen menyebut rapat itu ditunda.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });

  it('official data stay a document', () => {
    expect(last('Menurut data resmi, serangan itu gagal.')?.source.kind).toBe('document');
  });
});

describe('a member of a police or army unit is one of its unnamed officials', () => {
  it.each([
    '"Situasi sudah aman," kata seorang anggota Brimob yang berjaga.',
    'Seorang anggota Densus 88 mengatakan penggeledahan berlangsung dua jam.',
    '"Api cepat membesar," ujar salah satu petugas Damkar.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });
});
