/**
 * An outlet running a piece of its own ("state television ran a report saying ...", "Statenews
 * carried an article saying ...") is the source of what the piece says; so is an outlet that
 * lauds something as what it calls it. Sentences are the team's own; "Statenews" is the
 * helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe('an outlet running a piece that says something', () => {
  it.each([
    ['State television ran a report saying the harvest had been a record.', 'State television'],
    ['Statenews carried an article saying the harvest had been a record.', 'Statenews'],
    ['State radio aired a report saying the harvest had been a record.', 'State radio'],
    ['Statenews published an article on Monday saying the harvest had been a record.', 'Statenews'],
  ])('%s', (text, source) => {
    const claim = first(text);
    expect(claim?.source).toMatchObject({ kind: 'state_media', text: source });
    expect(claim?.claim).toBe('the harvest had been a record');
  });
});

describe('an outlet lauding something as what it calls it', () => {
  it('"State media lauded the harvest as a record"', () => {
    const claim = first('State media lauded the harvest as a "historic record".');
    expect(claim?.source.kind).toBe('state_media');
    expect(claim?.cue).toBe('lauded');
  });
});
