/**
 * An outlet's own verbs of reporting in Indonesian ("menyiarkan bahwa", "melansir bahwa":
 * only with a clause, since their object is otherwise what was aired or cited) and verbs of
 * praising or portraying with a label ("memuji X sebagai Y", "portrayed X as Y"). Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const en = (text: string) => lastClaim(text, 'en');

describe('an outlet reporting with an Indonesian verb of airing or citing', () => {
  it.each([
    ['Statenews menyiarkan bahwa rudal itu terbang sejauh 600 kilometer.'],
    ['Statenews melansir bahwa jumlah korban naik menjadi 40 orang.'],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('what is aired is no claim', () => {
    expect(id('Statenews menyiarkan pertandingan itu secara langsung.')).toBeUndefined();
  });
});

describe('praising or portraying with a label', () => {
  it('memuji X sebagai Y', () => {
    const c = id('Statenews memuji jembatan itu sebagai tonggak sejarah.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('portrayed X as Y', () => {
    const c = en('Statenews portrayed the protesters as foreign agents.');
    expect(c?.source.kind).toBe('state_media');
  });

  it.each([
    ['Presiden memuji para atlet yang meraih medali emas.', 'id'],
    ['The film portrayed the life of fishermen in the north.', 'en'],
  ] as const)('no label, no claim: %s', (text, lang) => {
    expect(lastClaim(text, lang)).toBeUndefined();
  });
});
