/**
 * The occasion a speaker spoke on, carried by an outlet: a word of how the broadcast went out
 * between its verb and the outlet ("broadcast live by", "disiarkan langsung"), and an occasion
 * closing the sentence after the claim ("X said <claim>, in a speech aired live on state
 * television on Tuesday"): the outlet is the via and the occasion no part of the claim. Every
 * sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const en = (text: string) => storyClaims(text, 'en')[0];
const id = (text: string) => storyClaims(text, 'id')[0];

describe('a broadcast manner between the verb and the outlet', () => {
  it.each([
    ['Premier Tavo Renn said the army was ready, in a speech broadcast live by state television.'],
    ['Premier Tavo Renn said the army was ready, in an address carried live by Statenews.'],
    [
      'Premier Tavo Renn said in a speech broadcast nationwide by state television that the army was ready.',
    ],
    ['The army was ready, Premier Tavo Renn said in a speech aired live by state TV.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toMatch(/state (television|TV)|Statenews/);
    expect(c?.flags).toContain('state_media');
    expect(c?.claim.toLowerCase()).toBe('the army was ready');
  });
});

describe('an occasion closing the sentence after the claim', () => {
  it.each([
    ['Premier Tavo Renn said the army was ready in a speech aired live on state television.'],
    ['Premier Tavo Renn said the army was ready, in an interview broadcast on state TV on Sunday.'],
    ['Premier Tavo Renn said the army was ready, in remarks published by Statenews.'],
    ['Premier Tavo Renn said the army was ready, in comments carried by Statenews on Monday.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.text).toBe('Premier Tavo Renn');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('the army was ready');
  });

  it('an occasion with no outlet stays in the claim', () => {
    const c = en('Premier Tavo Renn said the army was ready in a speech to parliament.');
    expect(c?.source.via).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });

  it('a programme that aired on an outlet reports nothing', () => {
    expect(storyClaims('The interview aired on state television on Sunday.', 'en')).toHaveLength(0);
  });
});

describe('Indonesian: a broadcast carried live', () => {
  it.each([
    [
      'Perdana Menteri Tavo Renn mengatakan tentara siap, dalam pidato yang disiarkan langsung televisi pemerintah.',
    ],
    [
      'Dalam pidato yang disiarkan langsung oleh Statenews, Perdana Menteri Tavo Renn mengatakan tentara siap.',
    ],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.text).toBe('Perdana Menteri Tavo Renn');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('tentara siap');
  });
});

describe('a broadcast told as an event', () => {
  it.each([
    ['Peluncuran itu disiarkan langsung oleh televisi pemerintah.'],
    ['Peluncuran itu disiarkan oleh Statenews pada Senin.'],
    ['Pertandingan itu disiarkan langsung oleh Daily Planet.'],
  ])('no claim: %s', (text) => {
    expect(storyClaims(text, 'id')).toHaveLength(0);
  });

  it('the outlet still carries what a speaker says later in the sentence', () => {
    const c = id(
      'Pidato Perdana Menteri Tavo Renn disiarkan langsung oleh Statenews, di mana ia mengatakan tentara siap.',
    );
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('an aside opener is no subject', () => {
    const c = id('Seperti disiarkan Statenews, peluncuran itu berhasil.');
    expect(c?.source.kind).toBe('state_media');
  });
});

describe('an interview told as an event', () => {
  it.each([
    ['id', 'Wakil Menteri Arvo Lind diwawancarai Statenews pada Kamis.'],
    ['id', 'Lind diwawancarai oleh Statenews di kantornya, Kamis (4/12).'],
    ['id', 'Seorang nelayan diwawancarai Statenews di dermaga pekan lalu.'],
  ] as const)('no claim (%s): %s', (lang, text) => {
    expect(storyClaims(text, lang)).toHaveLength(0);
  });

  it('the interviewing outlet is still the via of what the interviewee says', () => {
    for (const text of [
      '"Kami tidak akan mundur," kata Lind saat diwawancarai Statenews, Kamis.',
      'Diwawancarai Statenews pada Kamis, Lind mengatakan pasukan tidak akan mundur.',
      'Para nelayan yang diwawancarai Statenews menyebut harga solar naik.',
    ]) {
      const c = id(text);
      expect(c?.source.via, text).toBe('Statenews');
      expect(c?.flags, text).toContain('state_media');
    }
  });

  it('English: "said when interviewed by" names the outlet that asked', () => {
    const c = en('"The border stays shut," Lind said when interviewed by Statenews on Thursday.');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
    expect(storyClaims('Lind was interviewed by Statenews on Thursday.', 'en')).toHaveLength(0);
  });
});
