/**
 * "State television aired footage of the launch. The footage showed ...": pictures named again
 * with a pointing word right after an outlet showed them are that outlet's pictures; it
 * carried them (via), and they are flagged when the state runs it. An outlet only named in
 * the sentence before ("Reuters obtained footage") showed nothing. Every sentence is the
 * team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('pictures named again after an outlet showed them', () => {
  it.each([
    [
      'en',
      'The army tested a new rocket on Sunday. || State television aired footage of the launch. || The footage showed the rocket rising over the bay.',
      'State television',
    ],
    [
      'en',
      'The army tested a new rocket on Sunday. || Statenews released photos of the test. || The photos showed the general smiling beside the launcher.',
      'Statenews',
    ],
    [
      'id',
      'Tentara menguji roket baru pada Minggu. || Televisi pemerintah menayangkan rekaman peluncuran itu. || Rekaman itu menunjukkan roket melesat di atas teluk.',
      'Televisi pemerintah',
    ],
  ] as const)('%s: %s', (lang, text, via) => {
    const claim = lastClaim(text, lang);
    expect(claim?.source.kind).toBe('document');
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it('an outlet that only obtained the pictures carried nothing', () => {
    const claim = lastClaim(
      'The army tested a new rocket on Sunday. || Reuters obtained footage of the launch. || The footage showed the rocket rising over the bay.',
      'en',
    );
    expect(claim?.source.via ?? null).toBeNull();
    expect(claim?.flags).not.toContain('state_media');
  });

  it("pictures not named in the sentence before are not the outlet's", () => {
    const claim = lastClaim(
      'Statenews said the army tested a new rocket on Sunday. || The footage showed the rocket rising over the bay.',
      'en',
    );
    expect(claim?.source.via ?? null).toBeNull();
  });
});
