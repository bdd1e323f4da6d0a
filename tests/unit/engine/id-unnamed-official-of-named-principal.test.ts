/**
 * "Seorang pejabat pemerintahan Presiden X", "seorang sumber dekat Presiden X": the name
 * inside an indefinite official's or source's description is whom they serve, not the
 * speaker. A name handed over ("bernama") or set off by a comma is still the speaker's, and a
 * described expert before a name keeps the name. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Paket sanksi baru terhadap Valdoria dibahas dalam rapat tertutup pada Kamis.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('an unnamed official of a named principal', () => {
  it.each([
    [
      'Seorang pejabat senior pemerintahan Presiden Rina Adiwangsa mengatakan sanksi diperluas.',
      'unnamed_official',
    ],
    ['Seorang sumber dekat Presiden Rina Adiwangsa mengatakan sanksi diperluas.', 'anonymous'],
  ])('%s', (text, kind) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.name).toBeNull();
  });

  it.each([
    ['Seorang warga bernama Tono Saputra mengatakan sanksi itu terlambat.'],
    ['Seorang pengamat politik Tono Saputra mengatakan sanksi itu terlambat.'],
  ])('the speaker named: %s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'named_person', name: 'Tono Saputra' });
  });
});
