/**
 * Unnamed sources a state outlet cited, speaking on in the next sentence ("One of the
 * officials said ...", "another of the sources added", told "the paper"): their words still
 * reach the article only through that outlet, so `via` and the state-media flag carry over.
 * Every sentence is the team's own; "Statenews" is the helpers' state-run fixture outlet.
 * A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string) => lastClaim(text, 'en');
const CITED = 'The ferry port will close for a week, Statenews said, citing two officials.';

describe('the cited unnamed group speaks on through the same outlet', () => {
  it('"One of the officials said" in the next sentence', () => {
    const claim = last(`${CITED} || One of the officials said the closure could be extended.`);
    expect(claim?.source).toMatchObject({ kind: 'unnamed_official', via: 'Statenews' });
    expect(claim?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('a chain: the sources told "the paper", then another of them added', () => {
    const claims = storyClaims(
      'Whether the drills go ahead depends on Manila, the Statenews daily said, citing unnamed sources. || ' +
        '"Nobody wants a clash at sea," one of the sources told the English-language paper. || ' +
        '"The drills are routine," another of the sources added.',
      'en',
    );
    expect(claims.map((c) => [c.source.kind, c.flags.includes('state_media')])).toEqual([
      ['anonymous', true],
      ['anonymous', true],
      ['anonymous', true],
    ]);
  });

  it('"The officials said" pointing back to them', () => {
    const claim = last(`${CITED} || The officials said the fishing fleet had been warned.`);
    expect(claim?.flags).toContain('state_media');
  });
});

describe('not carried over', () => {
  it('a group with no pointing word is a new source', () => {
    const claim = last(`${CITED} || Harbour officials said the ferries would run on Sunday.`);
    expect(claim?.flags).not.toContain('state_media');
  });

  it('another group than the one cited', () => {
    const claim = last(`${CITED} || One of the diplomats said the closure was unexpected.`);
    expect(claim?.flags).not.toContain('state_media');
  });

  it('a new audience ("told reporters")', () => {
    const claim = last(`${CITED} || One of the officials told reporters the port was safe.`);
    expect(claim?.flags).not.toContain('state_media');
  });

  it('two sentences on, past a sentence of the reporter', () => {
    const claim = last(
      `${CITED} || The port handles most of the island's trade. || One of the officials said the closure could be extended.`,
    );
    expect(claim?.flags).not.toContain('state_media');
  });
});
