import { describe, expect, it } from 'vitest';
import { bareStance } from '@/core/rules/bare-stance';
import { run } from '../helpers';

describe('bare-stance', () => {
  it.each([
    [
      'Analysts expect the shipping slump will last into spring.',
      'expect',
      'anonymous',
      'Analysts',
    ],
    [
      'Farm economists fear the drought could halve the crop.',
      'fear',
      'anonymous',
      'Farm economists',
    ],
    ['Diplomats worry the truce may not hold.', 'worry', 'unnamed_official', 'Diplomats'],
    ['But traders expect the port will stay shut.', 'expect', 'anonymous', 'traders'],
    ['The central bank expects prices will ease.', 'expects', 'official_body', 'The central bank'],
    [
      'Relief officials estimate there are 4,000 families still in the valley.',
      'estimate',
      'unnamed_official',
      'Relief officials',
    ],
    ['Economists predict the currency will weaken.', 'predict', 'anonymous', 'Economists'],
  ] as const)('%s', (text, cue, kind, source) => {
    expect(run(bareStance, text, 'en')).toEqual([[cue, kind, source]]);
  });

  it.each([
    'Officials expect a decision by Friday.', // an object, no clause
    'Residents fear for their homes as the river rises.', // a preposition after the verb
    'Analysts expect the merger to close in June.', // no finite auxiliary
    'The ruling is expected to come next week.', // a passive
    'The mayor reassured shopkeepers worried they would lose trade.', // a participle
    'Analysts expect several outcomes, one of which could be a sale.', // a comma first
    'Officials fear that the bridge will fail.', // "that": stance-verb's
    'Many people fear the ferry will be cancelled.', // people in general
    'Officials worry, analysts say.', // no clause at all
    'Officials estimate the damage at four million dollars.', // an amount, no clause
  ])('no attribution: %s', (text) => {
    expect(run(bareStance, text, 'en')).toEqual([]);
  });

  it('Indonesian drops its "bahwa" too: an aspect or modal word marks the clause', () => {
    expect(run(bareStance, 'Pengamat khawatir harga akan naik.', 'id')).toEqual([
      ['khawatir', 'anonymous', 'Pengamat'],
    ]);
    expect(run(bareStance, 'Pengamat khawatir akan kenaikan harga.', 'id')).toEqual([]);
  });
});
