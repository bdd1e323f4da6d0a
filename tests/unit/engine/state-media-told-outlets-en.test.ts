/**
 * "told state-run TV the ...", "told the state-run Statenews TV the ...": the outlet told, as
 * written, is the via (the state's word before a generic outlet word is part of it, and the
 * medium's word after an outlet's name too), and none of it stays in the claim. Sentences
 * are the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('told a generic state outlet, no "that"', () => {
  it.each([
    ['Defence Minister Kael Tarrow told state-run TV the army was ready.', 'state-run TV'],
    ['Defence Minister Kael Tarrow told state-owned TV the army was ready.', 'state-owned TV'],
    [
      'Defence Minister Kael Tarrow told state-owned radio the army was ready.',
      'state-owned radio',
    ],
    ['Defence Minister Kael Tarrow told state-run TV that the army was ready.', 'state-run TV'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.claim).toBe('the army was ready');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe(via);
    expect(c?.flags).toContain('state_media');
  });
});

describe("an outlet's name then its medium's word", () => {
  it.each([
    'Defence Minister Kael Tarrow told the state-run Statenews TV the army was ready.',
    'Defence Minister Kael Tarrow told Statenews TV the army was ready.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.claim).toBe('the army was ready');
    expect(c?.source.via).toContain('Statenews');
    expect(c?.flags).toContain('state_media');
  });
});

describe('a state word before a named outlet still reaches the name', () => {
  it('told the state-run Statenews agency', () => {
    const c = en(
      'Defence Minister Kael Tarrow told the state-run Statenews agency the army was ready.',
    );
    expect(c?.claim).toBe('the army was ready');
    expect(c?.source.via).toContain('Statenews');
  });
});
