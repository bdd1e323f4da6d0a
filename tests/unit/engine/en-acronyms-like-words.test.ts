/** Acronyms spelled like English words ("WHO", "US"), written in capitals in lower-case copy,
 * are the institution or country, not the pronoun. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('an acronym spelled like a pronoun speaks as its institution', () => {
  it.each([
    ['The WHO said the new vaccine cut hospital stays by half.', 'The WHO'],
    ['The new vaccine cut hospital stays by half, the WHO said.', 'the WHO'],
    ['According to the WHO, the new vaccine cut hospital stays by half.', 'the WHO'],
    ['The WHO warned in a report that the new vaccine was scarce.', 'The WHO'],
    ['The US said the new vaccine would be shipped in May.', 'The US'],
    ['The new vaccine will be shipped in May, the US said.', 'the US'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('official_body');
  });

  it('the pronoun in lower case stays a pronoun', () => {
    const c = onlyClaim('The nurse, who works at the clinic, said the ward was full.', 'en');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text.startsWith('The nurse')).toBe(true);
  });

  it('a line written all in capitals is not read as an acronym', () => {
    const claims = paragraphClaims('en', 'WHO SAID THE WARD WAS FULL');
    expect(claims.filter((c) => c.source.kind === 'official_body')).toHaveLength(0);
  });
});
