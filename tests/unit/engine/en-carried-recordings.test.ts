/**
 * A speaker's words known from a recording an outlet released ("according to audio provided
 * by the Courier"): the speaker is the source and the outlet the via. The video case and "the
 * station" are guards of behaviour that was already right. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a recording carried by a station', () => {
  it.each([
    [
      '"The levy is unfair," Mayor Ana Lind said, according to audio provided by the Marlow Courier.',
      'the Marlow Courier',
    ],
    [
      '"The levy is unfair," Mayor Ana Lind said, according to a video released by the Marlow Courier.',
      'the Marlow Courier',
    ],
  ])('%s', (text, via) => {
    const [c] = storyClaims(text, 'en');
    expect(c?.source.text).toBe('Mayor Ana Lind');
    expect(c?.source.via).toBe(via);
    expect(c?.claim).toBe('The levy is unfair');
  });

  it('"the station" after a station spoke points back to it', () => {
    const claims = storyClaims(
      'A local radio station reported that the ferry would stop running. The station said the port had run out of fuel.',
      'en',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['media', 'media']);
  });
});
