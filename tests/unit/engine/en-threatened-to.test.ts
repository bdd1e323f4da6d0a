/**
 * English "threatened to": a threat says what will be done, as a vow does; the Indonesian
 * "mengancam akan" is its twin. Threatening a thing ("floods threatened homes") is no saying.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const claimsOf = (text: string) => paragraphClaims('en', text);

describe('"threatened to" is a cue', () => {
  it.each([
    ['Mayor Dana Whitlock threatened to close the harbour to cruise ships.', 'named_person'],
    ['The transport ministry threatened to revoke the airline’s licence.', 'official_body'],
  ])('%s', (text, kind) => {
    expect(claimsOf(text)[0]?.source.kind).toBe(kind);
  });

  it('not the habitual present, background the reporter states', () => {
    expect(claimsOf('The junta frequently threatens to close the border.')).toHaveLength(0);
  });

  it('not a threat to a thing', () => {
    expect(claimsOf('Rising water threatened hundreds of homes along the river.')).toHaveLength(0);
  });
});
