/**
 * A rough count of people opening their phrase ("Puluhan warga", "Ratusan buruh", "Ribuan
 * pengunjuk rasa") stays in the unnamed source's words. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('counted crowds', () => {
  it.each([
    ['Puluhan warga Dusun Karangwetan mengatakan sumur mereka kering sejak Juli.', 'Puluhan warga'],
    ['Ratusan buruh tani menilai harga gabah tidak ikut naik.', 'Ratusan buruh tani'],
    ['Menurut belasan nelayan, kapal asing masih masuk ke perairan itu.', 'belasan nelayan'],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toContain(source);
    expect(c?.flags).toContain('unnamed_source');
  });
});
