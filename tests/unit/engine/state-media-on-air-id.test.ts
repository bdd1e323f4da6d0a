/**
 * Indonesian "di" before the outlet a speaker spoke on: right after the verb ("menyatakan di
 * televisi pemerintah bahwa ...") or opening the sentence ("Berbicara di televisi pemerintah,
 * ..."). The speaker stays the source, the outlet is the via. A place after "di" is no
 * outlet, and "di" inside the claim stays the claim's. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('"di" and the outlet right after the verb', () => {
  it.each([
    'Gubernur Beno Tarra menyatakan di televisi pemerintah bahwa banjir sudah surut.',
    'Gubernur Beno Tarra berkata di stasiun televisi pemerintah bahwa banjir sudah surut.',
    'Gubernur Beno Tarra mengatakan di Statenews bahwa banjir sudah surut.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Gubernur Beno Tarra' });
    expect(c?.source.via).toBeTruthy();
    expect(c?.claim).toBe('banjir sudah surut');
    expect(c?.flags).toContain('state_media');
  });

  it('a place after "di" is where it was said, no outlet', () => {
    const c = id('Gubernur Beno Tarra menyatakan di Surabaya bahwa banjir sudah surut.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });

  it('"di" with an outlet inside the claim stays in the claim', () => {
    const c = id('Menteri Arla Venn mengatakan hasilnya akan diumumkan di televisi pemerintah.');
    expect(c?.claim).toBe('hasilnya akan diumumkan di televisi pemerintah');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });

  it('social media is where a post was read, not a news outlet', () => {
    const c = id('Gubernur Beno Tarra mengatakan di media sosial bahwa banjir sudah surut.');
    expect(c?.source.via).toBe('media sosial');
    expect(c?.flags).not.toContain('state_media');
    expect(c?.reasons).not.toContain('relayed_via_media');
  });
});

describe('"Berbicara di" an outlet opening the sentence', () => {
  it('the speaker after the comma is the source, the outlet the via', () => {
    const c = id('Berbicara di televisi pemerintah, Presiden Arla Venn mengatakan ekonomi pulih.');
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      text: 'Presiden Arla Venn',
      via: 'televisi pemerintah',
    });
    expect(c?.flags).toContain('state_media');
  });

  it('a place opening the sentence carries nothing', () => {
    const c = id('Berbicara di Surabaya, Presiden Arla Venn mengatakan ekonomi pulih.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });
});
