/** Refiner speech-act-relayed: a call, plea, praise or rebuke told by an outlet after it. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from '../helpers';

const only = (text: string) => onlyClaim(text, 'en');

describe('speech-act-relayed', () => {
  it('"X urged ..., state media reported": the speaker is the source, the outlet the via', () => {
    expect(
      only('Governor Mila Ostrova urged miners to return to work, state media reported.'),
    ).toMatchObject({
      cue: 'urged',
      claim: 'miners to return to work',
      source: { kind: 'named_person', text: 'Governor Mila Ostrova', via: 'state media' },
      flags: ['state_media'],
    });
  });

  it('a named state outlet, after an opener, with a date after the verb', () => {
    const c = only('Meanwhile, the port authority called for calm, Statenews said on Tuesday.');
    expect(c?.cue).toBe('called for');
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it("an outlet that is not the state's is the via, with no flag", () => {
    const c = only('Governor Mila Ostrova praised the rescuers, Wirely reported.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Wirely' });
    expect(c?.flags).not.toContain('state_media');
  });

  it.each([
    'Police arrested four miners near the pit, state media reported.', // a deed
    'After the flood, Governor Mila Ostrova urged calm, state media reported.', // a clause first
  ])('the outlet stays the source: %s', (text) => {
    expect(only(text)?.source.kind).toBe('state_media');
  });
});
