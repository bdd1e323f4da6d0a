/**
 * "<Person> of <Company> said": the person speaks, with where they work in the source's
 * text. Every sentence is the team's own (invented places, people and firms).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a person of a firm or a place', () => {
  it.each([
    ['Dr. Jane Roe of Acme Group said the plant would close in March.', 'Dr. Jane Roe'],
    ['Mr. Lee of Brightwater Capital said the market was thin.', 'Mr. Lee'],
    ['Greta Voss of Greenpeace said the water in the bay was dirty.', 'Greta Voss'],
    ['Ana Flores of Lakeside said the water was rising.', 'Ana Flores'],
    ['John Miller of Acme Corp said the plant would close in March.', 'John Miller'],
  ])('%s', (text, name) => {
    expect(en(text)?.source).toMatchObject({ kind: 'named_person', name });
  });

  it("one given name before a firm closed by a firm word is that firm's person", () => {
    expect(
      en('As Tom of Brightwater Labs says, the board is cheap to make.')?.source,
    ).toMatchObject({
      kind: 'named_person',
      basis: 'lone-name/of-employer',
      text: 'Tom of Brightwater Labs',
    });
  });

  it.each([
    ['The Bank of Veloria said rates would rise.', 'organization'],
    ['The Royal Bank of Harlow said rates would rise.', 'organization'],
  ])('an institution named with "of" stays one: %s', (text, kind) => {
    expect(en(text)?.source.kind).toBe(kind);
  });
});
