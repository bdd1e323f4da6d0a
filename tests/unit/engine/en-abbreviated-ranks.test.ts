/** A rank written short before a name ("Lt.", "Capt.", "Col.") is a role like the word in
 * full, so an officer named with it is a named person, not the body the rank serves ("Harbor
 * Police Lt. ..."). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an abbreviated rank before a name', () => {
  it.each([
    [
      'Harbor Police Lt. Dana Cole said the boat had drifted overnight.',
      'Harbor Police Lt. Dana Cole',
    ],
    ['The boat had drifted overnight, said Capt. Omar Reyes.', 'Capt. Omar Reyes'],
    ['Col. Ines Marr told reporters the base would reopen.', 'Col. Ines Marr'],
    ['Maj. Theo Lund said the convoy left at dawn.', 'Maj. Theo Lund'],
    ['Cmdr. Ruth Vale said the ship was repaired.', 'Cmdr. Ruth Vale'],
  ] as const)('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('named_person');
  });
});
