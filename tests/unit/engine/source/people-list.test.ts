/** Stage people-list: a plural word for people, then the people's names as a list closing
 * the phrase, is named people with the word as their role, not a group or an institution.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage people-list', () => {
  it.each([
    ['Lawmakers Nia Corwell and Tobin Ashe said the levy was unfair.', 'Lawmakers'],
    ['Senators Corwell and Ashe said in a joint letter that the agency had failed.', 'Senators'],
    ['The levy was unfair, said lawmakers Nia Corwell and Tobin Ashe.', 'lawmakers'],
    ['Two lawmakers, Nia Corwell and Tobin Ashe, said the levy was unfair.', 'Two lawmakers'],
    ['Analysts Mira Stenlund and Eero Vask said the bonds would fall.', 'Analysts'],
    ['Doctors Ilse Marr and Pavel Oduya told reporters the ward was full.', 'Doctors'],
    ['Mayors Jana Holm of Dunmore and Piet Kraan of Velby said they would sue.', 'Mayors'],
    ['"We are stretched thin," said Representatives Carla Venn and Jim Orrell.', 'Representatives'],
    ['Ann Lee and Tobin Ashe, two lawmakers, said the levy was unfair.', 'lawmakers'],
    [
      'Republican lawmakers Nia Corwell and Tobin Ashe said the levy was unfair.',
      'Republican lawmakers',
    ],
    [
      'Economists Mira Stenlund of Acme Bank and Eero Vask of Harlow Capital said growth would slow.',
      'Economists',
    ],
  ])('%s', (sentence, role) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'named_person',
      basis: 'people-list',
      role,
    });
  });

  it.each([
    // One name: the plural word is no role of one person; left to the other stages.
    'Lawmakers Nia Corwell said the levy was unfair.',
    // Places after the word are where the people are, not who they are.
    'Officials in Dunmore and Velby said the levy was unfair.',
    // Surnames alone name people only after a title, not after a common noun for people.
    'Residents Corwell and Ashe said the water was brown.',
  ])('not a list of named people: %s', (sentence) => {
    expect(lastSource('en', sentence)?.basis).not.toBe('people-list');
  });

  it('named researchers after their plural word report what they found', () => {
    const sentence =
      'Researchers Nia Corwell and Tobin Ashe of Harlow University found that the storms were stronger.';
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'named_person',
      basis: 'people-list',
    });
  });
});
