/**
 * "Relawan Partai Harapan Dimas Pratama mengatakan ...": a noun for a person that
 * is no role ("relawan", "kader", "mahasiswa"), an institution's name, then a full name closing
 * the phrase; the name was read as the institution's and the speaker left unnamed. A
 * relation noun keeps the name someone else's ("istri korban Budi Santoso"). Every sentence
 * is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a person described by an institution, then named', () => {
  it.each([
    ['Relawan Partai Harapan Dimas Pratama mengatakan posko dibuka pagi ini.', 'Dimas Pratama'],
    ['Kader PDIP Rina Wulandari mengatakan posko dibuka pagi ini.', 'Rina Wulandari'],
    ['Mahasiswa Universitas Tegal Sari Lestari mengatakan posko dibuka pagi ini.', 'Sari Lestari'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it("a relation noun keeps the name someone else's", () => {
    expect(
      onlyClaim('Istri korban Budi Santoso mengatakan posko dibuka pagi ini.', 'id')?.source.kind,
    ).toBe('anonymous');
  });
});
