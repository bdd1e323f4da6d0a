/**
 * People running for office named by their run ("the candidate said", "Capres Budi
 * mengatakan"), and a press release named by its short word ("the release said"). Sentences
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a candidate is a role', () => {
  it.each([
    ['The new bridge will not be built before 2030, the candidate said Friday.', 'the candidate'],
    [
      '"Dunmore needs a second ferry," the independent mayoral candidate told the Halvern Post.',
      'the independent mayoral candidate',
    ],
    ['The nominee said the port tax was unfair.', 'The nominee'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('with a name it is a named person with a role', () => {
    const c = onlyClaim('Mayoral candidate Ana Ruiz said the ferry would run at night.', 'en');
    expect(c?.source.kind).toBe('named_person');
  });

  it.each([['Capres Budi Santoso mengatakan harga beras akan turun.', 'Capres Budi Santoso']])(
    'Indonesian: %s',
    (text, source) => {
      expect(onlyClaim(text, 'id')?.source.text).toBe(source);
    },
  );
});

describe('a release is a document', () => {
  it.each([
    ['The mayor will not attend the harbour festival, the release said.', 'the release'],
    ['A release from the campaign said the rally was moved to Dunmore.', 'A release'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toContain(source);
    expect(c?.source.kind).toBe('document');
  });

  it('a release of people is no source', () => {
    expect(paragraphClaims('en', 'The release of the two sailors was delayed on Friday.')).toEqual(
      [],
    );
  });
});
