/**
 * "the newspaper said" after a document spoke since the outlet was named: the word points
 * back past the website or statement to the last outlet named (state media when the state
 * runs it). Every sentence is the team's own; "Statenews" is the helpers' state-run fixture
 * outlet, "Daily Planet" a private paper. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

const story = (outlet: string, gap = 2) =>
  [
    `Hackers tried to break into the accounts, ${outlet} reported.`,
    ...Array.from(
      { length: gap },
      (_, i) => `Step ${i + 1} was logged, the ministry website said.`,
    ),
    'The hackers also sold accounts, the newspaper said.',
  ].join(' || ');

describe('an outlet word pointing back past documents', () => {
  it('a state outlet named before the documents', () => {
    const c = en(story('Statenews'));
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet stays media', () => {
    const c = en(story('Daily Planet'));
    expect(c?.source.kind).toBe('media');
    expect(c?.flags).not.toContain('state_media');
  });

  it('too far back: a newspaper of its own', () => {
    const c = en(story('Statenews', 12));
    expect(c?.source.kind).toBe('media');
  });
});
