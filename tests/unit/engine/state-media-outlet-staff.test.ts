/**
 * A named person described by a role at a state outlet ("Lin Wei, an editor at state
 * television, said") speaks in their own name: a named person, as at an outlet the registry
 * knows. The outlet itself, or its unnamed staff, stay state media. Sentences are the team's
 * own; "Statenews" is the fixture registry's state agency.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a named person with a role at a state outlet', () => {
  it.each([
    ['Lin Wei, an official at the state-run newspaper, said the harvest had doubled.', 'en'],
    ['Lin Wei, head of state television, said the harvest had doubled.', 'en'],
    ['Lin Wei, an editor at Statenews, said the harvest had doubled.', 'en'],
    ['Budi Santoso, juru bicara media pemerintah, mengatakan panen naik.', 'id'],
  ] as const)('%s', (text, lang) => {
    const c = lastClaim(text, lang);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('the state outlet itself stays state media', () => {
  it.each([
    ['Ikhbar, the state news channel, said the harvest had doubled.'],
    ['The state-run newspaper said the harvest had doubled.'],
    ['An official at the state-run newspaper said the harvest had doubled.'],
  ])('%s', (text) => {
    const c = lastClaim(text, 'en');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a person who spoke on state television is relayed by it', () => {
    const c = lastClaim('Lin Wei told state television the harvest had doubled.', 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'state television' });
    expect(c?.flags).toContain('state_media');
  });
});
