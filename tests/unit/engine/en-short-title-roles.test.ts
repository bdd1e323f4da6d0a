/** A role pointing back ("the senator", "the congressman") finds the person first named with
 * the title's short form ("Sen.", "Rep.", "Gov."); another office stays an unnamed official.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { sourceIn } from './source/helpers';

describe('a role after a name with a shortened title', () => {
  it.each([
    [
      'Sen. Ivo Marsh said the hearing would go on.',
      'The senator added that the panel needed time.',
    ],
    ['Sen. Ivo Marsh said the hearing would go on.', 'The Oregon senator said the panel was slow.'],
    ['Rep. Ivo Marsh said the hearing would go on.', 'The congressman added that it was slow.'],
    ['Gov. Ivo Marsh said the hearing would go on.', 'The governor added that it was slow.'],
  ])('%s / %s', (first, second) => {
    const source = sourceIn('en', [first, second], 1);
    expect(source?.kind).toBe('named_person');
    expect(source?.resolvesTo).toBe('Ivo Marsh');
  });

  it('another office is not the person named', () => {
    const source = sourceIn(
      'en',
      ['Gov. Ivo Marsh said the hearing would go on.', 'The senator added that it was slow.'],
      1,
    );
    expect(source?.kind).toBe('unnamed_official');
  });
});
