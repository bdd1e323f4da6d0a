/**
 * Government bodies spoken of together: a state's spy agencies as "the intelligence
 * community", and "the cities of X and Y" (city governments), are official bodies, not
 * unnamed people or a lone name. Named people listed after a plural title ("Professors Lee
 * and Dunn") are named people, not a title-case organization. Every sentence is the team's
 * own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const en = (text: string): Claim | undefined => lastClaim(text, 'en');
const id = (text: string): Claim | undefined => lastClaim(text, 'id');

describe('collective government bodies', () => {
  it.each([
    [
      'The intelligence community concluded that the files had been altered.',
      'The intelligence community',
    ],
    [
      'The U.S. intelligence community said the intruders worked for a foreign state.',
      'The U.S. intelligence community',
    ],
    [
      'The cities of Harwick and Dunmore said they would close the bridges.',
      'The cities of Harwick and Dunmore',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toBe(source);
  });

  it('officials of the intelligence community stay unnamed officials', () => {
    expect(
      en('Senior intelligence community officials said the intruders were paid.')?.source.kind,
    ).toBe('unnamed_official');
  });

  it.each([
    ['Komunitas intelijen menyimpulkan bahwa berkas itu telah diubah.', 'Komunitas intelijen'],
    [
      'Komunitas intelijen AS mengatakan penyusup itu bekerja untuk negara asing.',
      'Komunitas intelijen AS',
    ],
  ])('id: %s', (text, source) => {
    const c = id(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toBe(source);
  });

  it('a community of a trade stays unnamed people', () => {
    expect(id('Komunitas nelayan mengatakan harga ikan turun.')?.source.kind).toBe('anonymous');
  });
});

describe('named people after a plural title', () => {
  it.each([
    'Professors Dalt and Verhoven argue that the law failed.',
    'Senators Dalt and Verhoven said the law failed.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(text.slice(0, text.search(/ (argue|said)/)));
  });

  it('people words that are no title still need full names', () => {
    expect(en('Residents Dalt and Verhoven said the road flooded.')?.source.kind).not.toBe(
      'named_person',
    );
  });
});
