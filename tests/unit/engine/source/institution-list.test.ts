/** Stage institution-list: names only institutions have - capitals joined by an ampersand, or
 * a list with an item opened by "the" and single-word items - are organizations. Sentences
 * are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage institution-list', () => {
  it.each([
    ['Halden & Strom said the audit would take months.', 'Halden & Strom'],
    ['The audit would take months, said Halden & Strom.', 'Halden & Strom'],
    ['The plants were closed, Brisk & Vane said on Tuesday.', 'Brisk & Vane'],
    // A word before the ampersand that is also a function word ("AT") is the name's.
    ['AT&T said it would raise prices.', 'AT&T'],
    ['S&P said the outlook was stable.', 'S&P'],
    ['Carewell and the Blue Anchor said they had delivered food.', 'Carewell and the Blue Anchor'],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'institution-list',
      text,
    });
  });

  it('a list of three, the last item opened by "the"', () => {
    const sentence = 'Carewell, Medora and the Blue Anchor said they had sent food.';
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'institution-list',
    });
  });

  it.each([
    // People listed with their full names are people.
    'Nia Corwell and Tobin Ashe said the plan was too costly.',
    // A person's word in the article makes the single word a person's.
    'Senator Corwell spoke first. || Corwell and the Blue Anchor said they would help.',
  ])('not an institution list: %s', (text) => {
    const sentences = text.split(' || ');
    expect(lastSource('en', ...sentences)?.basis).not.toBe('institution-list');
  });
});
