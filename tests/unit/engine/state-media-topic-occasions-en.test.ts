/**
 * An occasion about an outlet's thing ("in a speech on Statenews's anniversary", "in a
 * statement on Statenews's claims") names no carrier: the outlet is the topic, and the claim
 * gets no via and no state_media flag. The outlet's own channels ("on Statenews's website",
 * "on state television's news bulletin") still carried the words. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');

describe("an occasion about an outlet's thing", () => {
  it.each([
    "The minister said in a speech on Statenews's anniversary that the agency was vital.",
    "The spokesman said in a statement on Statenews's claims that they were false.",
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags).not.toContain('state_media');
  });
});

describe("an outlet's own channel still carries the words", () => {
  it.each([
    [
      "The minister said in an interview on Statenews's website that the talks failed.",
      'Statenews',
    ],
    [
      "The minister said in an interview on state television's news bulletin that the talks failed.",
      "state television's",
    ],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source.via).toBe(via);
    expect(c?.claim).toBe('the talks failed');
    expect(c?.flags).toContain('state_media');
  });
});
