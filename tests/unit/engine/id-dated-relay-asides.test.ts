/**
 * "Statenews, Selasa (8/12), mengutip seorang pejabat, melaporkan ...": a date set off by
 * commas between an outlet and the source it cites (before or after the outlet's verb) leaves
 * the outlet the via of the cited speaker. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a date between an outlet and its citation', () => {
  it.each([
    'Statenews, Selasa (8/12), mengutip seorang pejabat, melaporkan bahwa pasukan ditarik dari perbatasan.',
    'Statenews, pada Selasa (8/12), mengutip seorang pejabat setempat, melaporkan pasukan ditarik dari perbatasan.',
    'Kantor berita Statenews, Rabu, mengutip seorang pejabat, melaporkan bahwa pasukan ditarik dari perbatasan.',
    'Statenews melaporkan, Selasa (8/12), mengutip seorang pejabat, bahwa pasukan ditarik dari perbatasan.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
    expect(c?.claim).toMatch(/^pasukan ditarik/);
  });

  it('a ministry cited through the outlet', () => {
    const c = id(
      'Statenews, Senin (8/12), mengutip Kementerian Perdagangan Arvania, melaporkan ekspor naik lima persen.',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.via).toBe('Statenews');
  });

  it('an institution citing someone keeps no outlet', () => {
    const c = id(
      'Kementerian Luar Negeri, Senin (8/12), mengutip seorang diplomat, menyatakan kedutaan tetap dibuka.',
    );
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });

  it('a date alone after the verb is no citation', () => {
    const c = id('Statenews melaporkan, Selasa (8/12), bahwa ekspor naik lima persen.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.via ?? null).toBeNull();
  });
});
