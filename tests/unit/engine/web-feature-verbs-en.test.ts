/**
 * Feature copy's verbs of saying beyond "said": countering, joking, complaining, observing,
 * recounting, and conjecturing a claim. Only with the words (a "that" clause, a quotation);
 * with a thing or a topic they report nothing. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');
const intro = 'Ana Flores, a baker, opened the shop in 2012. || ';

describe('verbs of saying in features', () => {
  it.each([
    ['Flores countered that the oven was never the problem.', 'countered'],
    ['"Flour is cheap," Flores joked.', 'joked'],
    ['"Flour is cheap," quipped Flores.', 'quipped'],
    ['Flores complained that the rent had doubled.', 'complained'],
    ['Flores observed that the queue grew every Friday.', 'observed'],
    ['"We had no sign," Flores recounted.', 'recounted'],
    ['Flores conjectured that the street would flood again.', 'conjectured'],
    ['Flores has long theorized that rye sells better in winter.', 'theorized'],
  ])('%s', (text, cue) => {
    const c = claims(intro + text).at(-1);
    expect(c?.cue).toBe(cue);
    expect(c?.source.resolvesTo ?? c?.source.name).toBe('Ana Flores');
  });

  it.each([
    'Flores complained about the noise for years.',
    'Flores observed the queue from the window.',
    'Flores responded to the letter within a day.',
    'Flores joked with the customers.',
  ])('a thing or a topic, no words: %s', (text) => {
    expect(claims(intro + text).filter((c) => !c.sentence.startsWith('Ana'))).toEqual([]);
  });
});
