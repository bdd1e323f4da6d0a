/**
 * "anggota dewan dari daerah pemilihan Bali itu": a lower-case noun for a
 * kind of place ("provinsi", "daerah pemilihan", "dapil") between "dari" and the
 * place's name stopped the source phrase, leaving "Bali itu" as a person before the
 * verb, or "wakil rakyat" alone after "kata". Every sentence is the team's own. Paragraphs:
 * " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const FIRST = 'Politikus Partai Harapan Sari Lestari menagih janji itu.';

describe('a description saying where the speaker is from', () => {
  it.each([
    [
      'Anggota dewan dari daerah pemilihan Bali itu mengatakan partainya tetap menunggu.',
      'Anggota dewan dari daerah pemilihan Bali itu',
    ],
    [
      'Jadi kata anggota dewan dari daerah pemilihan Bali itu, partainya tetap menunggu.',
      'anggota dewan dari daerah pemilihan Bali itu',
    ],
    [
      'Legislator dari dapil Bali itu mengatakan partainya tetap menunggu.',
      'Legislator dari dapil Bali itu',
    ],
    [
      'Politikus dari provinsi Bali itu mengatakan partainya tetap menunggu.',
      'Politikus dari provinsi Bali itu',
    ],
  ])('%s', (text, source) => {
    const c = id(`${FIRST} || ${text}`);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Sari Lestari');
    expect(c?.claim).toBe('partainya tetap menunggu');
  });
});
