/** A label verb's object, then the reason it is faulted for ("criticized the mayor for
 * ignoring the warnings", "faulted the staff for not sharing files", "criticized the plan for
 * its cost"), reports the speaker's verdict; a bare object, or a relative clause's verb about
 * a thing, does not. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const INTRO = 'Council member Nadia Orwell spoke at the depot. || ';
const claimsOf = (text: string) =>
  storyClaims(INTRO + text, 'en').filter((c) => c.sentence === text);

describe('a label verb with a reason', () => {
  it.each([
    ['Orwell criticized the transit board for ignoring the safety warnings.', 'criticized'],
    [
      'Orwell faulted the depot staff in the north yard for not having checked the brakes.',
      'faulted',
    ],
    ['Orwell criticized the plan for its cost.', 'criticized'],
  ])('%s', (text, cue) => {
    const [c] = claimsOf(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toBe('Orwell');
  });

  it.each([
    'Orwell criticized the transit board.',
    'Riders signed a letter that sharply criticized the board for raising fares.',
  ])('reports nothing: %s', (text) => {
    const found = claimsOf(text);
    expect(found.filter((c) => c.cue === 'criticized' && c.source.kind === 'anonymous')).toEqual(
      [],
    );
    if (!text.includes('letter')) expect(found).toHaveLength(0);
  });
});
