/**
 * Officials of a state the story does not name ("diplomat negara Barat", "pejabat negara
 * tetangga") are unnamed officials, not a person called "Barat"; a state spoken of as one
 * ("negara tetangga itu") is a government. Indonesian writes the officials' head noun first,
 * so the words after it describe it, never a clause. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Perundingan damai di Kota Lintang memasuki hari ketiga pada Kamis.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('officials of a state described, not named', () => {
  it.each([
    ['Seorang diplomat negara Barat mengatakan pertemuan itu berlangsung alot.'],
    ['Pejabat negara tetangga menyebut perundingan akan dilanjutkan pekan depan.'],
    ['Sejumlah pejabat negara Eropa menilai tawaran itu tidak masuk akal.'],
    ['Pertemuan itu berlangsung alot, kata seorang diplomat negara Teluk.'],
    ['Menurut seorang pejabat negara tetangga, perundingan akan diperpanjang.'],
    ['Pejabat negara Barat yang enggan disebut namanya mengatakan sanksi baru disiapkan.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.sentence).toBe(text);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.name).toBeNull();
  });
});

describe('people of a body before a clause with no subject', () => {
  it.each([
    ['Sejumlah pejabat pemerintah mengatakan belum menerima laporan itu.', 'unnamed_official'],
    ['Para petugas kepolisian mengaku belum menerima perintah.', 'unnamed_official'],
    ['Seorang pejabat negara mengaku sudah melaporkan hartanya.', 'unnamed_official'],
    ['Para aparatur sipil negara mengaku belum menerima tunjangan.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text.split(' ').length).toBeGreaterThan(1);
  });
});

describe('a state spoken of as one', () => {
  it.each([
    ['Negara tetangga itu membantah telah mengirim pasukan ke perbatasan.'],
    ['Negara-negara Barat menyatakan akan menjatuhkan sanksi baru.'],
  ])('%s is a government', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('"hukum tata negara" is a field, no state', () => {
    const claim = last(
      'Pakar hukum tata negara Universitas Lintang, Hendra Sitompul, berpendapat perundingan itu sah.',
    );
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe('Hendra Sitompul');
  });
});
