/** A word firms use too ("service", "watchdog"), owned by a state or a body of states, names
 * the state's agency; the same words with no such owner stay a firm's. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe("a state's agency by its owner", () => {
  it.each([
    [
      "Norway's National Coastal Intelligence Service said the trawler had left port at dawn.",
      "Norway's",
    ],
    ["Peru's Federal Mining Service said it had closed two shafts.", "Peru's"],
    [
      "The United Nations' nuclear watchdog said the reactor at Dalvik had been shut.",
      'The United',
    ],
    ["The UN's nuclear watchdog said the reactor at Dalvik had been shut.", "The UN's"],
    ['The UN nuclear watchdog said the reactor at Dalvik had been shut.', 'The UN'],
    ["Chile's banking watchdog said lenders must hold more capital.", "Chile's"],
  ])('%s', (text, opening) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text.startsWith(opening)).toBe(true);
    expect(c?.source.kind).toBe('official_body');
  });

  it.each([
    "Japan's Harlow Motor Corp said its sales fell in March.",
    "Norway's Kestrel messaging service said its users had doubled.",
    'Kellner Intelligence Service said the breach was the work of a criminal gang.',
    'The Norland Intelligence Service said the breach was the work of a criminal gang.',
  ])('a firm stays a firm: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('organization');
  });
});
