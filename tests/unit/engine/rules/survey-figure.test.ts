/** "Mara Quist leads by 9 points in the latest Harwick poll", "In a new survey, 55 percent ...":
 * a share placed in a poll or survey has the survey as its source; a vote called a "poll",
 * taking part in a survey and figures that are no share are left alone. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { surveyFigure } from '@/core/rules/survey-figure';
import { paragraphClaims, run } from '../helpers';

describe('survey-figure', () => {
  it.each([
    [
      'Mara Quist leads Tom Vale by 9 points in the latest Harwick poll.',
      'the latest Harwick poll',
    ],
    [
      'Support for the tram line stood at 55 percent in a survey released on Monday.',
      'a survey released on Monday',
    ],
    ['In a new poll, 55 percent of residents backed the tram line.', 'a new poll'],
    [
      'In a survey of 1,200 commuters, 55 percent backed the tram line.',
      'a survey of 1,200 commuters',
    ],
    [
      'Half of the residents backed the tram line in a recent survey by the council.',
      'a recent survey by the council',
    ],
  ])('%s', (text, source) => {
    expect(run(surveyFigure, text, 'en').map(([, kind, found]) => [kind, found])).toEqual([
      ['document', source],
    ]);
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.rule, c.source.text])).toEqual([['survey-figure', source]]);
  });

  it('Indonesian: "dalam survei terbaru"', () => {
    const claims = paragraphClaims(
      'id',
      'Dalam survei terbaru, 55 persen warga mendukung jalur trem itu.',
    );
    expect(claims.map((c) => [c.source.kind, c.claim])).toEqual([
      ['document', '55 persen warga mendukung jalur trem itu'],
    ]);
  });

  it.each([
    'The party won 40 percent in Sunday’s poll.',
    'The party won 40 percent of the vote in the 2019 poll.',
    'Half of the residents took part in the survey.',
    'About 1,200 commuters were asked in the survey.',
    'Fares rose 5 percent in the survey period.',
  ])('no claim: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it('a cue of the sentence is read first', () => {
    const claims = paragraphClaims(
      'en',
      'In the latest poll, 55 percent of residents said the tram line was needed.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.rule).not.toBe('survey-figure');
  });
});
