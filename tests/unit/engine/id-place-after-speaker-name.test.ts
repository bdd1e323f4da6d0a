/**
 * "Kepala Badan X Budi Hartono di Jakarta, Rabu, mengatakan": where a named speaker spoke,
 * written after the name, is no part of the speaker; an office of a place ("Konsul Jenderal
 * di Hong Kong") and a description's place ("siswa SMA di Depok") stay. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a place after the speaker named in full', () => {
  it.each([
    [
      'Kepala Badan Penanggulangan Bencana Budi Hartono di Jakarta, Rabu, mengatakan 40 rumah rusak.',
      'Kepala Badan Penanggulangan Bencana Budi Hartono',
    ],
    ['Budi Hartono di Jakarta mengatakan harga cabai mulai turun.', 'Budi Hartono'],
    [
      'Kapolda Metro Jaya Irjen Budi Hartono di Mapolda Metro Jaya mengatakan tiga tersangka ditahan.',
      'Kapolda Metro Jaya Irjen Budi Hartono',
    ],
    [
      'Menteri Kesehatan Lina Wahyuni di Jakarta, Rabu (10/12), menyatakan kasus demam berdarah menurun.',
      'Menteri Kesehatan Lina Wahyuni',
    ],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });
});

describe('places that stay', () => {
  it('an office of a place, then the name', () => {
    const c = id('Konsul Jenderal RI di Hong Kong Andi Pratama mengatakan seluruh pekerja aman.');
    expect(c?.source.text).toBe('Konsul Jenderal RI di Hong Kong Andi Pratama');
  });

  it('a body placed somewhere', () => {
    const c = id('Kedutaan Besar RI di Tokyo menyatakan seluruh warga negara Indonesia selamat.');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toBe('Kedutaan Besar RI di Tokyo');
  });

  it("a description's place after the name", () => {
    const c = id('Rina (17), siswa kelas XI SMA di Depok, menilai aturan itu bagus.');
    expect(c?.source.text).toBe('Rina (17), siswa kelas XI SMA di Depok');
  });
});

describe('a place of several parts after the speaker named in full', () => {
  it('a building, then its city after a comma', () => {
    const c = id(
      'Wakil Ketua KPK Teguh Santoso di Gedung Merah Putih KPK, Jakarta Selatan, Selasa (9/12) malam, mengungkapkan bahwa tersangka menerima suap.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe('Wakil Ketua KPK Teguh Santoso');
  });
});
