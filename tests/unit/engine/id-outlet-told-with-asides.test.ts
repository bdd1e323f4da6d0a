/**
 * The outlet a speaker told, with an aside next to it: "X, yang enggan disebut namanya, kepada
 * Wirely mengatakan ..." (after the comma closing the source's aside) and "Kepada Statenews
 * di Jayapura, Senin (8/12), X mengatakan ..." (a place and a date after the fronted outlet).
 * The outlet is the via; an audience told is none. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('an outlet told after the source aside', () => {
  it('an unnamed official', () => {
    const c = id(
      'Seorang pejabat, yang enggan disebut namanya, kepada Wirely mengatakan latihan itu ditunda.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.via).toBe('Wirely');
  });

  it('a named person with an appositive', () => {
    const c = id(
      'Budi Hartono, Direktur PT Sinar Abadi, kepada Daily Planet mengatakan produksi dihentikan.',
    );
    expect(c?.source.via).toBe('Daily Planet');
  });

  it('reporters are no outlet', () => {
    const c = id(
      'Budi Hartono, Direktur PT Sinar Abadi, kepada wartawan mengatakan produksi dihentikan.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('a fronted outlet with a place and a date', () => {
  it.each([
    [
      'Kepada Statenews di Jayapura, Senin (8/12), Kapolda Papua Irjen Teguh Santoso mengatakan situasi kondusif.',
    ],
    [
      'Kepada Statenews, Senin (8/12), Kapolda Papua Irjen Teguh Santoso mengatakan situasi kondusif.',
    ],
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('reporters in a place are no outlet', () => {
    const c = id(
      'Kepada wartawan di Jayapura, Senin (8/12), Kapolda Papua Irjen Teguh Santoso mengatakan situasi kondusif.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});
