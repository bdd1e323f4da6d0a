/**
 * Session 12's English state-media classes: pictures an outlet released with no other cue word
 * in the sentence. Every sentence is the team's own ("Statenews" is the fixture registry's
 * state agency). A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('pictures released by an outlet', () => {
  it.each([
    ['Statenews released images of the minister opening a bridge.', 'released images'],
    ['Statenews released photos on Tuesday of the new harbour.', 'released photos'],
    ['State television broadcast pictures of the flooded plain.', 'broadcast pictures'],
  ])('with no other cue word in the sentence: %s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });
});
