/**
 * A speaker who appeared on an outlet, or was shown on it, saying something: "The senator was
 * shown on state television saying ...", "appeared on Statenews saying ..." (with or without
 * a comma before the participle). The speaker is the source, the outlet the via. An
 * appearance somewhere that is no outlet carries nothing. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

const en = (text: string) => onlyClaim(text, 'en');

describe('an appearance on an outlet before the participle of saying', () => {
  it.each([
    [
      'Senator Arlo Venter was shown on state television saying the sanctions would fail.',
      'state television',
    ],
    [
      'Senator Arlo Venter was shown on state television, saying the sanctions would fail.',
      'state television',
    ],
    ['Senator Arlo Venter appeared on Statenews saying the sanctions would fail.', 'Statenews'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Senator Arlo Venter', via });
    expect(c?.claim).toBe('the sanctions would fail');
    expect(c?.flags).toContain('state_media');
  });

  it('an outlet that is not the state’s: the via, no flag', () => {
    const c = en('Senator Arlo Venter appeared on Wirely saying the sanctions would fail.');
    expect(c?.source.via).toBe('Wirely');
    expect(c?.flags).not.toContain('state_media');
  });

  it('an appearance that is no outlet carries no words', () => {
    const claims = paragraphClaims(
      'en',
      'Senator Arlo Venter appeared on stage saying the sanctions would fail.',
    );
    expect(claims.some((c) => c.flags.includes('state_media'))).toBe(false);
    expect(claims.every((c) => !c.source.via)).toBe(true);
  });
});
