/** A word for unnamed people heading a group's title-case name ("Neighbours of the Marsh",
 * "Veterans of Foreign Wars") is the group's name, an organization: after the comma closing
 * the claim its capital is no sentence's first letter, and opening a sentence it is the name
 * when an appositive calls it a group or the article named it so before. The same word in
 * lower case, or before lower-case words, stays unnamed people. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim, onlyClaim } from './helpers';

describe('title-case group names', () => {
  it.each([
    ['The dam would flood the valley, Neighbours of the Marsh said.', 'Neighbours of the Marsh'],
    ['"The dam is a disaster," Neighbours of the Marsh said.', 'Neighbours of the Marsh'],
    [
      'Neighbours of the Marsh, a campaign group, said the dam would flood the valley.',
      'Neighbours of the Marsh, a campaign group',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('organization');
  });

  it('opening a sentence after the article named it as a group', () => {
    const c = lastClaim(
      'The dam would flood the valley, Neighbours of the Marsh said. || ' +
        'Neighbours of the Marsh said the ministry had ignored its letters.',
      'en',
    );
    expect(c?.source.kind).toBe('organization');
  });

  it.each([
    ['Neighbours of the victim said he had been threatened.', 'anonymous'],
    ['The dam would flood the valley, neighbours said.', 'anonymous'],
    ['In Corvale, Residents of the camp said the water ran out.', 'anonymous'],
  ])('unnamed people stay unnamed: %s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });
});
