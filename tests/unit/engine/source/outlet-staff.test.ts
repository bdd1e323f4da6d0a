/** Stage outlet-staff: "the reporter" pointing back to an outlet's reporter is that outlet.
 * Sentences are written for these tests; the outlets are the test registry's made-up ones. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage outlet-staff', () => {
  it.each([
    [
      'Statenews reporter said the bridge was finished.',
      'The reporter added that two roads were shut.',
    ],
    [
      'Statenews reporter said the bridge was finished.',
      'In the north, the reporter added, two roads were shut.',
    ],
  ])("a state outlet's reporter again: %s", (first, second) => {
    expect(lastSource('en', first, second)).toMatchObject({
      kind: 'state_media',
      outlet: 'statenews',
      basis: 'outlet-staff',
    });
  });

  it('a wire correspondent again is the wire', () => {
    expect(
      lastSource(
        'en',
        'A Wirely correspondent said the border was quiet.',
        'The correspondent added that shops were open.',
      ),
    ).toMatchObject({ kind: 'media', outlet: 'wirely', basis: 'outlet-staff' });
  });

  it.each([
    // No outlet's reporter before: an unnamed person or official.
    ['A local farmer said the river rose overnight.', 'The reporter said the road was shut.'],
    // The outlet itself pointed back to is not its staff.
    ['Statenews said the bridge was finished.', 'The agency added that roads were shut.'],
  ])('passes on: %s', (first, second) => {
    expect(lastSource('en', first, second)?.basis).not.toBe('outlet-staff');
  });
});
