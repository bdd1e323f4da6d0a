/** A share of people saying something ("Sixty percent of teachers say ...") with a survey
 * named by "according to": the survey is the source, not the people it counted. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('the survey counting a share is the source', () => {
  it.each([
    [
      'Sixty percent of teachers in Lowick say they plan to quit, according to a survey by the union.',
      'a survey by the union',
    ],
    ['According to the poll, half of the voters said the bridge was the main issue.', 'the poll'],
    [
      'About 74 percent of respondents said they wanted fewer tools, according to the survey.',
      'the survey',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe(source);
  });
});

describe('people still speak', () => {
  it.each([
    ['Sixty percent of teachers in Lowick say they plan to quit.', 'anonymous'],
    [
      'The mayor said half of the budget would go to schools, according to a city report.',
      'unnamed_official',
    ],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
