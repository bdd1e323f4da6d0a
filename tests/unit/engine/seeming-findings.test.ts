/** A hedged finding ("the ledgers seem to show that ...", "data itu tampaknya menunjukkan
 * ...") is still the document's; a person seeming to show a thing is no finding.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('seeming findings', () => {
  it.each([
    ['en', 'A review of the ledgers seems to show that the fund paid twice.', 'seems to show'],
    ['en', 'The new poll appears to suggest the race has tightened.', 'appears to suggest'],
    ['en', 'The budget data seem to indicate that spending rose.', 'seem to indicate'],
    [
      'id',
      'Data kas desa tampaknya menunjukkan bahwa dana itu dibayar dua kali.',
      'tampaknya menunjukkan',
    ],
    [
      'id',
      'Laporan audit itu tampak memperlihatkan bahwa gudang itu kosong.',
      'tampak memperlihatkan',
    ],
  ] as const)('%s: %s', (lang, text, cue) => {
    const [c] = paragraphClaims(lang, text);
    expect(c?.source.kind).toBe('document');
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).not.toMatch(/seem|appear|tampak/);
  });

  it.each([
    ['en', 'The goalkeeper seems to show little interest in the new contract.'],
    ['id', 'Pak Rudi tampaknya menunjukkan perahu itu kepada tamunya.'],
  ] as const)('a person showing a thing is no finding (%s): %s', (lang, text) => {
    expect(paragraphClaims(lang, text)).toEqual([]);
  });
});
