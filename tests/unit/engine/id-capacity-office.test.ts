/**
 * "PT Bintang Musik selaku label Rina menyatakan": the office after "selaku" may be plain
 * words and a name; the speaker is still who stands before "selaku". A trade before a name
 * ("Penyanyi Rina Melati") is no part of it. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD =
  'Penyanyi Laras Wening membantah kabar perceraiannya yang ramai di media sosial sejak pekan lalu.';
const claims = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs);

describe('the speaker before a word of capacity', () => {
  it.each([
    ['PT Nada Swara selaku label Laras menyatakan akan menempuh jalur hukum.', 'organization'],
    ['Bayu Aji selaku suami Laras mengatakan kabar itu fitnah.', 'named_person'],
    ['Yuni Astuti selaku Wakil Bupati mengatakan bantuan disalurkan.', 'named_person'],
  ])('%s', (text, kind) => {
    const claim = claims(text).at(-1);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.resolvesTo ?? claim?.source.name ?? '').not.toBe('Laras Wening');
  });
});

describe('a trade before a name', () => {
  it('"Penyanyi" opening the lead is no part of the name', () => {
    expect(claims().at(0)?.source.name).toBe('Laras Wening');
  });
});
