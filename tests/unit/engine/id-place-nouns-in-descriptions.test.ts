/**
 * Session 27: "wakil rakyat dari daerah pemilihan Jawa Timur itu": a lower-case noun for a
 * kind of place ("provinsi", "daerah pemilihan", "dapil") between "dari" and the
 * place's name stopped the source phrase, leaving "Jawa Timur itu" as a person before the
 * verb, or "wakil rakyat" alone after "kata". Every sentence is the team's own. Paragraphs:
 * " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');
const FIRST = 'Politikus Partai Harapan Eva Lestari menagih janji itu.';

describe('a description saying where the speaker is from', () => {
  it.each([
    [
      'Wakil rakyat dari daerah pemilihan Jawa Timur itu mengatakan partainya tetap menunggu.',
      'Wakil rakyat dari daerah pemilihan Jawa Timur itu',
    ],
    [
      'Jadi kata wakil rakyat dari daerah pemilihan Jawa Timur itu, partainya tetap menunggu.',
      'wakil rakyat dari daerah pemilihan Jawa Timur itu',
    ],
    [
      'Legislator dari dapil Jawa Timur itu mengatakan partainya tetap menunggu.',
      'Legislator dari dapil Jawa Timur itu',
    ],
    [
      'Politikus dari provinsi Jawa Timur itu mengatakan partainya tetap menunggu.',
      'Politikus dari provinsi Jawa Timur itu',
    ],
  ])('%s', (text, source) => {
    const c = id(`${FIRST} || ${text}`);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Eva Lestari');
    expect(c?.claim).toBe('partainya tetap menunggu');
  });
});
