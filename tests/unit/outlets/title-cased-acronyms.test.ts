/**
 * Some papers write an agency's acronym as a word ("Sana", "Irna", "Tass"). So written it
 * names the agency beside a word for one ("the state news agency Sana", "Irna news agency",
 * "Tass, the state agency,"), never alone: "Sana" is also a name and Yemen's capital.
 * Sentences are the team's own.
 */
import { describe, expect, it } from 'vitest';
import { defaultRegistry as registry } from '@/core/outlets';

const ids = (text: string) => registry.findInText(text).map((m) => m.outlet.id);

describe('an acronym written as a word', () => {
  it.each([
    ["Syria's state news agency Sana said the road had reopened.", 'syrian-arab-news-agency'],
    ['Irna news agency reported that the ship was held.', 'irna'],
    ['Tass, the state agency, said the convoy had left.', 'tass'],
  ])('beside a word for an outlet: %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    'Sana said the road had reopened.',
    'Residents of Sana said the market was shelled.',
    'The minister met Irna Vale on Monday.',
  ])('alone it is no outlet: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it('the acronym as written still needs no such word', () => {
    expect(ids('SANA said the road had reopened.')).toEqual(['syrian-arab-news-agency']);
  });
});
