/**
 * Indonesian staff of a person: with the clitic ("Penasihatnya", "Ajudannya", "Stafnya") or
 * before a role pointed back to ("Penasihat senator itu", "Ajudan menteri tersebut") they
 * are that person's unnamed officials, never the person pointed to. A poll's people
 * ("responden", "pemilih") are unnamed people, and a share in words ("Empat puluh persen")
 * is read whole. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const id = (text: string): Claim | undefined => lastClaim(text, 'id');
const SENATOR = 'Senator Mara Quillon berbicara di Dayton pada Senin. ';

describe("someone's staff are unnamed officials", () => {
  it.each([
    ['Penasihatnya mengatakan sang senator tidak akan mundur.', 'Penasihatnya'],
    ['Para penasihatnya mengatakan sang senator tidak akan mundur.', 'Para penasihatnya'],
    ['Ajudannya mengatakan sang senator kelelahan.', 'Ajudannya'],
    ['Stafnya mengatakan sang senator kelelahan.', 'Stafnya'],
    ['Penasihat senator itu mengatakan ia tidak akan mundur.', 'Penasihat senator itu'],
    ['Ajudan senator tersebut mengatakan rapat ditunda.', 'Ajudan senator tersebut'],
  ])('%s', (text, source) => {
    const c = id(SENATOR + text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe(source);
    expect(c?.source.resolvesTo ?? null).not.toBe('Mara Quillon');
  });

  it('the role pointed back to alone is still the person', () => {
    const c = id(SENATOR + 'Senator itu mengatakan ia tidak akan mundur.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Mara Quillon');
  });
});

describe("a poll's people", () => {
  it.each([
    ['Responden mengatakan ekonomi adalah isu utama.', 'Responden'],
    ['Sebanyak 24 persen responden mengatakan ekonomi adalah isu utama.', 'responden'],
    ['Sebanyak 30 persen pemilih menilai pajak terlalu tinggi.', 'pemilih'],
    ['Empat puluh persen mengatakan pajak terlalu tinggi.', 'Empat puluh persen'],
  ])('%s', (text, source) => {
    const c = id(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toBe(source);
  });
});
