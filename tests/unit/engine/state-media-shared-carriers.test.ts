/**
 * Words carried by a state outlet and an independent one together ("..., Statenews and the
 * Daily Planet reported") do not reach the article only through state media: no flag,
 * whichever the list names first (docs/attribution.md). Two state outlets keep it. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');

describe('a claim carried by a state outlet and an independent one', () => {
  it.each([
    ['Governor Arla Venn said the dam had held, Statenews and the Daily Planet reported.'],
    ['Governor Arla Venn said the dam had held, the Daily Planet and Statenews reported.'],
  ])('no state-media flag: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBeTruthy();
    expect(c?.flags).not.toContain('state_media');
  });

  it('one state outlet alone keeps the flag', () => {
    const c = en('Governor Arla Venn said the dam had held, Statenews reported.');
    expect(c?.flags).toContain('state_media');
  });

  it('two state carriers keep the flag', () => {
    const c = en(
      'Governor Arla Venn said the dam had held, Statenews and state television reported.',
    );
    expect(c?.flags).toContain('state_media');
  });
});
