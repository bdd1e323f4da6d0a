/** Sources written as a list ("A, B and C said") and people words in the possessive before
 * an institution's noun ("the growers' union"). */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a list of sources opening the sentence is one source', () => {
  it.each([
    [
      'Residents, shop owners and teachers said the water rose within minutes.',
      'Residents, shop owners and teachers',
    ],
    [
      'The growers union, the dairy association and two environmental groups said the dam would dry the valley.',
      'The growers union, the dairy association and two environmental groups',
    ],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it.each([
    [
      'After talks with the union, the minister and the mayor said the plan was sound.',
      'the minister and the mayor',
    ],
    ['In fact, the union and the mayor said the strike was over.', 'the union and the mayor'],
  ])('a phrase before the list is no item: %s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });
});

describe('people words in the possessive qualify the noun after them', () => {
  it.each([
    ["The growers' union said the frost had cut the harvest by half.", 'organization'],
    ["The tenants' association said the heating had failed again.", 'organization'],
    ["The miners' relatives said the rescue had come too late.", 'anonymous'],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
