/**
 * "Data korban gempa mencatat ...", "Data pengungsi menunjukkan ...": where modifiers follow
 * the noun, a document word opening the phrase is its head and the people after it are whom
 * it counts, so the document speaks, not the people. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const id = (text: string) => onlyClaim(text, 'id');

describe('a document about people', () => {
  it.each([
    ['Data korban gempa mencatat 212 rumah rusak berat.'],
    ['Data pengungsi menunjukkan 300 orang masih bertahan di posko.'],
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('document');
  });

  it('people who give their account stay the source', () => {
    expect(id('Menurut keterangan saksi, pelaku kabur ke arah pasar.')?.source.kind).toBe(
      'anonymous',
    );
  });
});
