/**
 * "Bupati Lebak mengatakan", "Kepala Kejaksaan Negeri Bogor menjelaskan": an office written with
 * its place and no person's name is an unnamed official - the place is no name - unless the
 * article named the holder before ("Bupati Cimara Rina Kusumawati"). Sentences written by the
 * team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Banjir merendam ratusan rumah di Lembah Hijau sejak Minggu.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('an office with its place and no name', () => {
  it.each([
    ['Bupati Cimara mengatakan tenda pengungsian sudah didirikan.', 'Bupati Cimara'],
    ['Wali Kota Tanjung menegaskan bahwa sekolah tetap buka.', 'Wali Kota Tanjung'],
    ['"Kami kirim beras," kata Kapolres Sukaraja, Selasa.', 'Kapolres Sukaraja'],
    ['Camat Sukaraja menjelaskan bahwa warga Kecamatan Sukaraja sudah didata.', 'Camat Sukaraja'],
    [
      'Kepala Kejaksaan Negeri Lembang menjelaskan bahwa berkas perkara sudah lengkap.',
      'Kepala Kejaksaan Negeri Lembang',
    ],
    ['Ketua DPRD Cimara menyebut anggaran darurat cukup.', 'Ketua DPRD Cimara'],
  ])('%s', (text, source) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.name).toBeNull();
  });

  it('a later bare role is that unnamed official, not the place', () => {
    const claim = last(
      'Bupati Cimara mengatakan tenda pengungsian sudah didirikan.',
      '"Kami sudah kirim bantuan," kata bupati.',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.name ?? null).toBeNull();
  });

  it('the same office named with its holder before is that person', () => {
    const claim = last(
      'Bupati Cimara Rina Kusumawati mengatakan perbaikan jalan dimulai bulan depan.',
      'Bupati Cimara menambahkan bahwa anggaran sudah disetujui dewan.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Rina Kusumawati');
  });

  it('a word the article gives a person as a name stays a name', () => {
    const claim = last(
      'Gubernur Jawa Tengah Bambang Wiratmo mengatakan provinsi ikut membantu.',
      'Gubernur Bambang menegaskan bahwa kontraktor harus tepat waktu.',
    );
    expect(claim?.source.kind).toBe('named_person');
    // The person named in full before (named-person stage).
    expect(claim?.source.name).toBe('Bambang Wiratmo');
  });

  it('a village head called by one name stays named when no place is shown', () => {
    const claim = last('Kades Sarmin mengatakan jembatan desa rusak sejak Januari.');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Sarmin');
  });

  it('the place then the holder keeps the holder', () => {
    const claim = last('Camat Sukaraja Dedi Kurnia menjelaskan bahwa warga sudah didata.');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Dedi Kurnia');
  });
});

describe("an office's body with a place opened by its noun, and no name", () => {
  it.each([
    ['Kepala Dinas Kesehatan Kota Lembahsari mengatakan kasus demam berdarah naik.'],
    ['Kepala Kantor Pertanahan Kabupaten Cimara menyebut sertifikat itu palsu.'],
    ['Kepala Dinas Pendidikan Provinsi Jawa Tengah menyatakan sekolah tetap buka.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('unnamed_official');
  });

  it('a name after the place is still the person', () => {
    const claim = last(
      'Kepala Dinas Kesehatan Kota Lembahsari Rina Kusumawati mengatakan kasus naik.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Rina Kusumawati');
  });
});

describe('an office with a region closed by its point of the compass, and no name', () => {
  it.each([
    ['Kapolda Jawa Barat mengatakan jalur mudik sudah dijaga.'],
    ['Gubernur Sumatera Utara menegaskan bahwa sekolah tetap buka.'],
    ['Kepala Dinas Kesehatan Jakarta Timur menyebut kasus demam berdarah naik.'],
    ['Kepala BPBD Nusa Tenggara Barat mengatakan tenda pengungsian sudah didirikan.'],
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });

  it('the holder named before is who speaks', () => {
    const claim = last(
      'Kapolda Jawa Barat Irjen Rina Kusumawati mengatakan jalur mudik sudah dijaga.',
      'Kapolda Jawa Barat juga menyebut pos pengamanan didirikan.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Rina Kusumawati');
  });
});

describe('a word for a place inside an office that is no government body', () => {
  it('the head of a market, named, is the person', () => {
    const claim = last('Kepala Pasar Iwan Setiadi mengatakan retribusi tidak dinaikkan.');
    expect(claim?.source.kind).toBe('named_person');
  });
});
