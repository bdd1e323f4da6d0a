/**
 * Indonesian pieces a speaker wrote for an outlet ("dalam artikel untuk Statenews", "dalam
 * tulisannya di harian Statenews"): the writer stays the source, the outlet that published the
 * piece is the via, and the occasion is no part of the claim. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a written piece and the outlet it was written for', () => {
  it.each([
    'Menteri Arla Venn menulis dalam artikel untuk Statenews bahwa kerja sama akan diperluas.',
    'Menteri Arla Venn menulis dalam artikel di harian Statenews bahwa kerja sama akan diperluas.',
    'Menteri Arla Venn, dalam tulisannya di Statenews, menyatakan kerja sama akan diperluas.',
    'Dalam artikel yang ditulis untuk Statenews, Menteri Arla Venn menyatakan kerja sama akan diperluas.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Menteri Arla Venn' });
    expect(c?.source.via).toContain('Statenews');
    expect(c?.claim).toBe('kerja sama akan diperluas');
    expect(c?.flags).toContain('state_media');
  });

  it('a piece with no outlet named carries nothing', () => {
    const c = id('Menteri Arla Venn menulis dalam kolomnya bahwa kerja sama akan diperluas.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.claim).toBe('kerja sama akan diperluas');
    expect(c?.flags).not.toContain('state_media');
  });

  it('an outlet writing in its own editorial is the source; the editorial is no claim', () => {
    const c = id('Latihan itu provokasi, tulis Statenews dalam tajuk rencananya.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.claim).toBe('Latihan itu provokasi');
  });
});
