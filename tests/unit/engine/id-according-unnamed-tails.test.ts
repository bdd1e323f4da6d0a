/**
 * "Menurut seorang sumber yang mengetahui persoalan ini, ...", "Menurut sumber terpercaya,
 * ...": the unnamed source after "menurut" runs to the comma - over the rest of its own
 * relative clause, or over a word qualifying it - so neither is left at the claim's head.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('an unnamed source after "menurut" runs to the comma', () => {
  it.each([
    [
      'Menurut seorang sumber yang mengetahui persoalan ini, direksi sudah dipanggil.',
      'seorang sumber yang mengetahui persoalan ini',
      'direksi sudah dipanggil',
    ],
    [
      'Menurut dua orang yang mengetahui rencana tersebut, tender itu dibatalkan.',
      'dua orang yang mengetahui rencana tersebut',
      'tender itu dibatalkan',
    ],
    [
      'Menurut sumber terpercaya, pertemuan itu berlangsung di sebuah hotel.',
      'sumber terpercaya',
      'pertemuan itu berlangsung di sebuah hotel',
    ],
  ])('%s', (text, source, claim) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'anonymous' });
    expect(c?.claim).toBe(claim);
  });

  it('a time word after the source stays in the claim', () => {
    const c = id('Menurut sumber, kemarin pertemuan itu batal.');
    expect(c?.source.text).toBe('sumber');
  });
});
