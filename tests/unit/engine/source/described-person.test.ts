/** Stage described-person: "the singer", "the 45-year-old" after a named person is that person. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage described-person', () => {
  it.each([
    'The singer said she would play in the square in June.',
    '"I was scared of the stage," says the 45-year-old.',
    'The pop star told Glint Weekly that she misses the lake.',
  ])('points back to the person named before: %s', (sentence) => {
    const source = lastSource(
      'en',
      'Tamsin Roe grew up in Lowick and left for the city at 18 to sing in bars.',
      sentence,
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      name: 'Tamsin Roe',
      resolvesTo: 'Tamsin Roe',
    });
    expect(source?.basis).toMatch(/^described-person\//);
  });

  it('leaves a description with nobody named before it to the lexicon', () => {
    const source = lastSource('en', 'The singer said she would play in the square in June.');
    expect(source?.kind).not.toBe('named_person');
  });

  it('leaves plurals and other determiners alone', () => {
    const intro = 'Tamsin Roe grew up in Lowick and left for the city at 18 to sing in bars.';
    expect(lastSource('en', intro, 'A singer said the bars were full.')?.kind).not.toBe(
      'named_person',
    );
    expect(lastSource('en', intro, 'The singers said the bars were full.')?.kind).not.toBe(
      'named_person',
    );
  });
});
