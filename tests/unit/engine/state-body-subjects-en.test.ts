/**
 * "The state planner said ..., according to Statenews": "state" after an article is a body's
 * word, not the verb "state", so the phrase is the speaker and the outlet only its via.
 * Sentences are the team's own; "Statenews" is the fixture registry's state agency.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a state body named by a word no lexicon lists', () => {
  it.each([
    ['The state planner said the grain quota would rise, according to Statenews.'],
    ['The state auditor said the grain quota would rise, Statenews reported.'],
  ])('relayed by a state outlet: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.text).toMatch(/^The state /);
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('alone: the body speaks', () => {
    const c = en('The state planner said the grain quota would rise.');
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'The state planner' });
  });

  it('"state" as the verb still cues', () => {
    const c = en('The planners state that the grain quota will rise.');
    expect(c?.cue).toBe('state');
  });
});
