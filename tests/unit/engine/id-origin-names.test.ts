/**
 * "kata pelatih asal Korea Selatan Shin Tae-yong": a person's trade, "asal" and the country
 * they come from, then their name. The name closing the phrase is the speaker, wherever the
 * phrase stands; without a name the phrase stays an unnamed source. Also two-word trades of
 * sport ("pebulu tangkis") and countries speaking as governments. Sentences written by the
 * team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('a trade, the country of origin, then the name', () => {
  it.each([
    ['"Kami bermain buruk," ungkap pemain asal Brasil Tiago Mendes.', 'Tiago Mendes'],
    ['"Kami siap," kata pelatih asal Korea Selatan Park Ji-hoon seusai laga.', 'Park Ji-hoon'],
    ['Menurut pelatih asal Spanyol Carlos Ruiz, timnya kurang fokus.', 'Carlos Ruiz'],
    ['Pemain asal Portugal Rui Costa mengatakan timnya siap bertanding.', 'Rui Costa'],
    [
      '"Servis kami buruk," ujar pebulu tangkis ganda putra Dimas Pratama seusai laga.',
      'Dimas Pratama',
    ],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it.each([
    '"Kami siap," kata warga asal Brasil.',
    '"Kami siap," kata seorang pemain asal Kroasia.',
  ])('no name after the country: %s', (text) => {
    expect(onlyClaim(text, 'id')?.source.kind).toBe('anonymous');
  });
});

describe('countries speak as governments', () => {
  it.each([
    'Spanyol menyatakan siap menjadi tuan rumah turnamen itu.',
    'Kroasia membantah tuduhan kecurangan dalam laga itu.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'id')?.source.kind).toBe('official_body');
  });
});
