/**
 * "Kerajaan Yordania menegaskan ...", "Kabinet menyatakan ...": a monarchy's state and a
 * government's cabinet speak as official bodies, not as organizations or people. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('kingdoms and cabinets speak as bodies', () => {
  it.each([
    ['Kerajaan Yordania menegaskan perbatasan tetap dibuka bagi pengungsi.'],
    ['Kabinet menyatakan anggaran pendidikan akan dinaikkan tahun depan.'],
    ['Kerajaan menyatakan bantuan pangan akan dikirim pekan ini.'],
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('official_body');
  });

  it('a named minister of the cabinet is the person', () => {
    const c = id('Sekretaris Kabinet Rudi Hartanto mengatakan rapat ditunda.');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a kingdom by its short name', () => {
  it('speaks as its government', () => {
    expect(id('Saudi menegaskan dukungan bagi perundingan damai itu.')?.source.kind).toBe(
      'official_body',
    );
  });

  it('a paediatrician keeps the degree after her name', () => {
    const c = id('Dokter spesialis anak, Rina Kartika SpA, mengatakan vaksin itu aman.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Rina Kartika' });
  });
});
