/**
 * "the party newspaper", "an opposition paper": a body's word right before an outlet's word
 * says whose outlet it is, so the phrase is an outlet (media), not the body. It is state media
 * only where it points back to an outlet the state runs, never from the words alone. Every
 * sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe("a body's outlet is an outlet", () => {
  it.each([
    'The party newspaper said the harvest had failed.',
    'An opposition newspaper said the harvest had failed.',
    'In an editorial, the party daily said the harvest had failed.',
  ])('%s', (text) => {
    expect(first(text)?.source.kind).toBe('media');
    expect(first(text)?.flags).not.toContain('state_media');
  });

  it('the body itself still speaks as a body', () => {
    expect(first('The party said the harvest had failed.')?.source.kind).toBe('official_body');
  });
});

describe('pointing back to a state-run outlet', () => {
  it('after the state outlet, "the party newspaper" is that outlet', () => {
    const claim = lastClaim(
      'The harvest failed, Statenews said. || In a commentary, the party newspaper said the drought was to blame.',
      'en',
    );
    expect(claim?.source.kind).toBe('state_media');
    expect(claim?.flags).toContain('state_media');
  });

  it('after an outlet the state does not run, it stays an outlet of its own', () => {
    const claim = lastClaim(
      'The harvest failed, Reuters reported. || The party newspaper said the drought was to blame.',
      'en',
    );
    expect(claim?.source.kind).toBe('media');
  });
});
