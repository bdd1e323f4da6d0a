/**
 * "Koran itu menulis ...", "Jajak pendapat terbaru menunjukkan ...": a newspaper by its
 * everyday word speaks as media, and a poll is a document. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('newspapers and polls', () => {
  it.each([
    ['Koran Jepang itu mengatakan bahwa kapal tersebut sudah lama rusak.'],
    ['Sebuah koran lokal melaporkan bahwa harga cabai naik dua kali lipat.'],
  ])('a newspaper is media: %s', (text) => {
    expect(id(text)?.source.kind).toBe('media');
  });

  it.each([
    ['Jajak pendapat terbaru menunjukkan dukungan bagi wali kota turun.'],
    ['Menurut jajak pendapat kampus itu, mayoritas mahasiswa setuju.'],
  ])('a poll is a document: %s', (text) => {
    expect(id(text)?.source.kind).toBe('document');
  });
});
