/** "say what he believes", "exactly what we've learned": a free relative names the thing
 * said; it is a claim only when a verb follows it ("what they say is a crackdown").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('free relatives', () => {
  it.each([
    "The question is not Dorn's right to say what he believes, but whether the board agrees.",
    'Voters can read what the council decided, and judge for themselves.',
    'Nobody in the village doubted what the miller said.',
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['Farmers protested against what they say is an unfair water tax.', 'say'],
    ['The strike followed what union leaders said was a broken promise.', 'said'],
    ['Rebels left the valley after what the army called a "final push" by its troops.', 'called'],
  ])('a verb or a label after the free relative still reports: %s', (text, cue) => {
    const [c] = claims(text);
    expect(c?.cue).toBe(cue);
  });
});
