/**
 * Indonesian phrasings found missing while reading Indonesian copy against the CLI output,
 * written by the team (none taken from the corpus or the eval pages): verbs of agreeing,
 * assuring, hinting and informing with the clause they report, a document's text quoted with
 * "bunyi" (the letter reads), and the findings of an inspection or a test as a document.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { testRegistry } from './helpers';

function claimsOf(text: string): Claim[] {
  return analyze({ blocks: [{ type: 'p', text }] }, { lang: 'id', registry: testRegistry }).claims;
}

describe('Indonesian verbs of agreeing, assuring and hinting report their clause', () => {
  it.each([
    ['Camat Rudi Hartono mengamini bahwa jembatan desa itu sudah lama retak.', 'mengamini'],
    ['Kepala Sekolah Wulan Sari mengiyakan bahwa ujian susulan digelar pekan depan.', 'mengiyakan'],
    ['Direktur PT Kapuas Makmur, Anton Wijaya, menjamin, gaji karyawan dibayar penuh.', 'menjamin'],
    [
      'Ketua Koperasi Dewi Lestari menyinggung bahwa pinjaman anggota kian menumpuk.',
      'menyinggung',
    ],
    ['Pelatih Yosef Manurung menyiratkan bahwa dua pemain inti akan absen.', 'menyiratkan'],
    ['Bupati Sinta Maharani meyakinkan bahwa stok beras cukup hingga Lebaran.', 'meyakinkan'],
    [
      'Lurah Bagus Pranoto beranggapan, banjir kali ini akibat saluran yang tersumbat.',
      'beranggapan',
    ],
    [
      'Kepala Desa Made Arsana memberitahukan bahwa air bersih akan dialirkan besok.',
      'memberitahukan',
    ],
    [
      'Dokter Intan Permata mewanti-wanti bahwa wabah bisa meluas saat musim hujan.',
      'mewanti-wanti',
    ],
  ])('%s', (text, cue) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.cue).toBe(cue);
    expect(claims[0]?.source.kind).toBe('named_person');
  });

  it.each([
    'Bupati Sinta Maharani menjamin keamanan para pemudik.',
    'Ucapan itu menyinggung perasaan banyak warga.',
    'Warga mengamini doa yang dipanjatkan ustaz.',
  ])('not with a plain object: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(0);
  });
});

describe('A quoted text that a document "reads" (bunyi)', () => {
  it('names the document after the quotation as its source', () => {
    const claims = claimsOf('"Toko tutup selama renovasi," bunyi pengumuman di pintu masuk.');
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });

  it('is a sound, no cue, elsewhere', () => {
    expect(claimsOf('Bunyi petasan terdengar hingga tengah malam.')).toHaveLength(0);
  });
});

describe('The findings of an inspection or a test are a document', () => {
  it.each([
    'Berdasarkan hasil pengawasan dinas kesehatan, dua rumah makan memakai pewarna tekstil.',
    'Menurut hasil uji laboratorium, air sumur warga tercemar bakteri.',
    'Berdasarkan hasil audit, dana desa tahun lalu tidak bisa dipertanggungjawabkan.',
  ])('%s', (text) => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.kind).toBe('document');
  });
});
