/** A one-word hedge between a subject and its verb ("a senator reportedly testified ... and
 * accused ...") says the act is only reported: the claim is unattributed, the subject is no
 * source. A verb of words alone ("reportedly said") or words carried after "that" keep
 * their speaker, and so do words as the verb's object ("reportedly denied the report").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('hedged acts', () => {
  it.each([
    'Anger grew after a ruling party senator reportedly testified before the panel.',
    'Anger grew after a ruling party senator reportedly testified before the panel and accused the mayor of graft.',
  ])('unattributed: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('unattributed');
  });

  it.each([
    ['The minister reportedly said the talks had failed.', 'The minister'],
    ['The mayor reportedly told aides that he would quit.', 'The mayor'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  // What the verb takes is words (a report, a claim, an accusation): a statement, reported.
  it.each([
    ['Officials reportedly denied the report.', 'Officials'],
    ['The company has reportedly denied the allegations.', 'The company'],
    ['The ministry reportedly dismissed the claims as false.', 'The ministry'],
  ])('words denied: %s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it('a deed after the hedge stays unattributed', () => {
    const text = 'The general reportedly ordered the troops to retreat.';
    expect(onlyClaim(text, 'en')?.source.kind).toBe('unattributed');
  });
});
