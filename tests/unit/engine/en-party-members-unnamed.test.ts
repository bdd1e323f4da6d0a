/** Unnamed party members and delegates are unnamed officials however they are counted: a
 * capitalised party word after a count that opens the sentence ("Some Democrats") or after a
 * plain adjective ("many leading Republicans") is no name, and "superdelegates" are delegates.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('counted party members and delegates', () => {
  it.each([
    ['Some Democrats said the levy would sink the budget.', 'Some Democrats'],
    ['Two Republicans said the levy would sink the budget.', 'Two Republicans'],
    ['Several Senators said the levy would sink the budget.', 'Several Senators'],
    ['Many leading Republicans have said they will skip the dinner.', 'Many leading Republicans'],
    ['Already, 410 superdelegates have said they back Mora.', '410 superdelegates'],
    ['A superdelegate from Idaho said the count was unfair.', 'A superdelegate from Idaho'],
  ])('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.text).toBe(source);
    expect(claim?.flags).toContain('unnamed_source');
  });

  it('a named superdelegate stays a named person', () => {
    expect(
      onlyClaim('Dora Pell, a superdelegate from Idaho, said the count was unfair.', 'en')?.source
        .kind,
    ).toBe('named_person');
  });

  it('a capitalised word after an institution word is still a name', () => {
    expect(onlyClaim('The charity Doctors Abroad said the camp was full.', 'en')?.source.kind).toBe(
      'organization',
    );
  });

  it('people counted as "numbers of" are people, not figures', () => {
    const claim = onlyClaim('Large numbers of tenants said the heating had failed.', 'en');
    expect(claim?.source.kind).toBe('anonymous');
    expect(claim?.flags).toContain('unnamed_source');
  });
});
