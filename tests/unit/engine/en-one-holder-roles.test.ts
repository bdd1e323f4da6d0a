/** "The mayor of Kelbo said": a role one person holds, tied to its place or owner or pointing
 * back, is the person the article named with that role before, even with other people named
 * since; a holder the text never names stays an unnamed official (attribution.md: a named
 * person is named in the text). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const last = (...paragraphs: string[]) => paragraphClaims('en', ...paragraphs).at(-1);

describe('roles one person holds', () => {
  it('the place after the role: the holder named before', () => {
    const c = last(
      'Anna Brill, the mayor of Kelbo, said the dam had held through the night.',
      'Tomas Rell, a farmer from the valley, said his fields were under water.',
      'The mayor of Kelbo said the town would need months to recover.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Anna Brill');
  });

  it('the owner before the role: the holder named before', () => {
    const c = last(
      "Varnia's finance minister Petra Olm said the state would pay for the repairs.",
      'Ivo Drant, an economist at Kelbo University, said the bill could reach 2 billion crowns.',
      "Varnia's finance minister added that taxes would not rise.",
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe('Petra Olm');
  });

  it('another place: not the holder named before', () => {
    const c = last(
      'Anna Brill, the mayor of Kelbo, said the dam had held through the night.',
      'The mayor of Ostrava said the roads to the north were closed.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a holder never named is an unnamed official', () => {
    const c = last('The governor of Ostrava told reporters that the army would stay.');
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });
});
