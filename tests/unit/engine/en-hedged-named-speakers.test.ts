/** A hedge adverb between a written speaker and the verb of saying ("Kellin reportedly
 * said", "the mayor allegedly told staff") leaves the claim that speaker's: the hedge is on
 * whether the words were said, not a second, sourceless record. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a hedge adverb between a named speaker and the verb', () => {
  it.each([
    ['Orvan Kessel reportedly said the dam would fail.', 'Orvan Kessel', 'named_person'],
    [
      'Governor Tilda Rusk reportedly told aides that she would resign.',
      'Tilda Rusk',
      'named_person',
    ],
    ['Orvan Kessel allegedly said the vote was rigged.', 'Orvan Kessel', 'named_person'],
    ['The senator reportedly told donors he would quit.', 'The senator', 'unnamed_official'],
    [
      'The Velmar ministry reportedly said the port would close.',
      'The Velmar ministry',
      'official_body',
    ],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toContain(source);
    expect(c?.source.text).not.toMatch(/(reportedly|allegedly)$/);
    expect(c?.source.kind).toBe(kind);
  });

  it('a hedge with no speaker stays unattributed', () => {
    const c = onlyClaim('The dam reportedly failed after the storm.', 'en');
    expect(c?.source.kind).toBe('unattributed');
  });
});

describe('a hedge phrase between the speaker and the verb of saying', () => {
  it.each([
    ['Orvan Kessel is said to have told aides the dam would fail.', 'Orvan Kessel', 'en'],
    ['Orvan Kessel is believed to have warned the council in May.', 'Orvan Kessel', 'en'],
    ['Orvan Kessel dikabarkan mengatakan bendungan itu akan jebol.', 'Orvan Kessel', 'id'],
  ] as const)('%s', (text, source, lang) => {
    const c = onlyClaim(text, lang);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });

  it('a hedge on a deed, not a saying, stays unattributed', () => {
    const c = onlyClaim('Orvan Kessel is said to have fled the valley.', 'en');
    expect(c?.source.kind).toBe('unattributed');
  });
});
