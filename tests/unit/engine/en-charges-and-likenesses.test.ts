/** A label verb's object followed by the reason for the charge ("criticized the judge for
 * overstepping") or a likeness ("likened the strike to blackmail") is the speaker's claim; the
 * object alone ("criticized the decision") is no claim. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The harbour board met on Monday to discuss the ferry strike.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('a charge or a likeness after the object', () => {
  it.each([
    [
      'Ines Kellin also criticized the harbour master for ignoring the complaints of residents.',
      'criticized',
      'Ines Kellin',
    ],
    [
      'The review panel faulted managers at the ferry depot in the old port for not sharing warnings.',
      'faulted',
      'The review panel',
    ],
    ['Union leaders slammed the board for cancelling the talks.', 'slammed', 'Union leaders'],
    ['Ines Kellin likened the lockout to blackmail.', 'likened', 'Ines Kellin'],
    ['The mayor equated the walkout with sabotage.', 'equated', 'The mayor'],
  ])('%s', (text, cue, source) => {
    const [c] = claimsOf(text);
    expect(c?.[0]).toBe(cue);
    expect(c?.[1]).toBe(source);
  });

  it('the charge outranks a "they say" inside it', () => {
    const [c] = claimsOf(
      'Press groups have criticized the board for what they say is a gag order.',
    );
    expect(c?.[0]).toBe('criticized');
    expect(c?.[1]).toBe('Press groups');
  });

  it.each([
    'A petition that sharply criticized the board for closing the pier drew 900 names.',
    'Ines Kellin criticized the decision.',
    'Ines Kellin criticized the decision to close the depot.',
    'The mayor likened the harbour.',
    'Union leaders slammed the door.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
