/** A label verb whose object went to a relative before its subject ("the attack, which
 * officials called the worst in years", "in what police called a revenge killing"): the label
 * right after the verb is the source's words. Calling an election or a meeting is no label.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const sources = (text: string) =>
  paragraphClaims('en', text).map((c) => [c.source.text, c.source.kind]);

describe('a label after a relative object', () => {
  it.each([
    [
      'The raid killed nine people in what officials called the worst violence in years.',
      'officials',
      'unnamed_official',
    ],
    [
      'The Tarn attack, which officials called a revenge killing, left two dead.',
      'officials',
      'unnamed_official',
    ],
    ['The fire, which residents called "a warning", gutted the mill.', 'residents', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    expect(sources(text)).toEqual([[source, kind]]);
  });

  it.each([
    'The election, which the governor called last month, will be held in June.',
    'The session, which officials called for Monday, was cancelled.',
    'The strike, which union leaders called off on Friday, has ended.',
    'Sour was the word, I think, for what he called her, but I forget.',
  ])('no label: %s', (text) => {
    expect(sources(text)).toEqual([]);
  });
});
