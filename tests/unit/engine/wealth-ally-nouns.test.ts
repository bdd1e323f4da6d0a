/** People named by their wealth ("the billionaire", "a shipping tycoon", "miliarder itu") or
 * as someone's allies speak as unnamed people; "polling" is a poll's findings. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('people named by their wealth or as allies', () => {
  it.each([
    ['The billionaire says the new stadium will pay for itself within a decade.', 'en'],
    ['A shipping tycoon said the port fees would double next year.', 'en'],
    ['The media mogul said his papers would stop printing on Sundays.', 'en'],
    ['Two of her closest allies said the vote would be delayed.', 'en'],
    ['Miliarder itu mengatakan bahwa stadion baru akan balik modal dalam sepuluh tahun.', 'id'],
    ['Seorang taipan mengatakan bahwa tarif pelabuhan akan naik dua kali lipat.', 'id'],
    ['Sekutu dekatnya mengatakan bahwa pemungutan suara akan ditunda.', 'id'],
  ] as const)('%s', (text, lang) => {
    const c = onlyClaim(text, lang);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('a wish of the billionaire is no claim', () => {
    expect(paragraphClaims('en', 'The billionaire wants the stadium to open next year.')).toEqual(
      [],
    );
  });
});

describe('polling as a document', () => {
  it.each([
    'The same polling suggests that turnout could fall in rural counties.',
    'Turnout fell in rural counties, according to polling by the farmers federation.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});
