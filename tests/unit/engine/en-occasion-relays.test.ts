/**
 * English: an occasion's phrase between the verb and "that" ("said in an interview with the
 * Daily Planet on Sunday that ...", "said in an interview published on Sunday by Statenews
 * that ...") is no part of the claim, and an outlet that published the interview carries the
 * words. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a long occasion phrase before "that"', () => {
  it.each([
    'Mayor Ines Darrow said in an interview with the Daily Planet on Sunday that the bridge was safe.',
    'Mayor Ines Darrow said in a report released on Tuesday by her office that the bridge was safe.',
    'Mayor Ines Darrow said in an interview published on Sunday by the Daily Planet that the bridge was safe.',
  ])('%s', (sentence) => {
    expect(en(sentence)?.claim).toBe('the bridge was safe');
  });
});
