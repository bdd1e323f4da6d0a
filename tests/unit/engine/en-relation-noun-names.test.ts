/** "Resident Ada Pell said ...", "his neighbour Tom Vale said ...": a singular noun for a
 * relative or a resident right before a full name is that person's description, so the name
 * is who speaks. A plural before capitals ("residents Elm Grove") is where they live, and in
 * Indonesian, where the noun comes first, the name after it is whose relative or what place
 * ("istri Budi", "warga Tanjung Priok"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

describe('a relation noun before a full name', () => {
  it.each([
    ['Resident Ada Pell said the river had burst its banks at dawn.', 'Ada Pell'],
    ['Longtime resident Ada Pell said the river had burst its banks at dawn.', 'Ada Pell'],
    ['Local resident Ada Pell said the river had burst its banks at dawn.', 'Ada Pell'],
    ['Her neighbour Tom Vale said the river had burst its banks at dawn.', 'Tom Vale'],
  ])('names the person: %s', (text, name) => {
    expect(lastSource('en', text)).toMatchObject({ kind: 'named_person', name });
  });

  it('a plural before capitals is no person', () => {
    expect(
      lastSource('en', 'Residents Elm Grove said the river had burst its banks.')?.kind,
    ).not.toBe('named_person');
  });

  it('a relative of someone named after "of" stays unnamed', () => {
    expect(
      lastSource('en', 'The wife of victim Tom Vale said the river had burst its banks.')?.kind,
    ).toBe('anonymous');
  });

  it('Indonesian: the name after the noun is no apposition', () => {
    expect(
      lastSource('id', 'Warga Tanjung Priok mengatakan sungai meluap pada pagi hari.')?.kind,
    ).toBe('anonymous');
  });
});
