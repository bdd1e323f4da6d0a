/**
 * "Governor X's remarks, carried by state media, said ...": the possessor of the words
 * carried is the source and the outlet in the aside its via, flagged when the state runs it.
 * Sentences are the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe("a possessor's words carried by a state outlet", () => {
  it.each([
    [
      "Governor Halvard Renn's remarks, carried by state media, said the harvest was strong.",
      'Governor Halvard Renn',
      'state media',
    ],
    [
      "Foreign Minister Arlo Venter's comments, published by Statenews, said the border would stay shut.",
      'Foreign Minister Arlo Venter',
      'Statenews',
    ],
    [
      "Marshal Brandt Ilk's speech, broadcast by state television, said the soldiers were heroes.",
      'Marshal Brandt Ilk',
      'state television',
    ],
    [
      "Foreign Minister Arlo Venter's comments, reported by Statenews, said the border would stay shut.",
      'Foreign Minister Arlo Venter',
      'Statenews',
    ],
    [
      "Governor Halvard Renn's remarks, relayed by the official news agency, said the harvest was strong.",
      'Governor Halvard Renn',
      'the official news agency',
    ],
  ])('%s', (text, source, via) => {
    const c = en(text);
    expect(c?.claim).not.toContain('remarks');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe(via);
    expect(c?.flags).toContain('state_media');
  });

  it('an unnamed possessor keeps its own kind', () => {
    const c = en("The governor's remarks, carried by state media, said the harvest was strong.");
    expect(c?.claim).toBe('the harvest was strong');
    expect(c?.source.via).toBe('state media');
  });
});

describe('words with no possessor, reported by an outlet', () => {
  it('the outlet that reported them stays the source', () => {
    const c = en('The remarks, reported by Statenews, said the border would stay shut.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.text).toBe('Statenews');
  });
});
