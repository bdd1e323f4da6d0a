/** "One of them said", "Both of them said": a count of the people just spoken of speaks, and
 * takes their kind. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a count of a group as the speaker', () => {
  it.each([
    [
      'Two diplomats in Tamsk said the ferry talks were over. || One of them said the deal was dead.',
      'One of them',
      'unnamed_official',
    ],
    [
      'Residents of Orsk said the shelling began at dawn. || "We hid in the cellar," one of them said.',
      'one of them',
      'anonymous',
    ],
    [
      'Jana Orel and Piet Lorne run the Tamsk ferry. || Both of them said the fares would rise.',
      'Both of them',
      'named_person',
    ],
    // After the verb, and after a coordinator opening the clause.
    [
      'Two diplomats in Tamsk said the ferry talks were over. || The deal is dead, said both of them.',
      'both of them',
      'unnamed_official',
    ],
    [
      'Two diplomats in Tamsk said the ferry talks were over. || But three of them said the deal was alive.',
      'three of them',
      'unnamed_official',
    ],
    // The people counted said nothing before: who they are is not known.
    [
      'Hundreds of families fled Orsk overnight. || Some of them said the shelling lasted hours.',
      'Some of them',
      'anonymous',
    ],
  ] as const)('%s', (story, source, kind) => {
    const c = lastClaim(story, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it('a count as an object says nothing', () => {
    const c = lastClaim(
      'Two diplomats in Tamsk said the ferry talks were over. || The minister met one of them on Monday.',
      'en',
    );
    expect(c).toBeUndefined();
  });
});

describe('the people present', () => {
  it.each([
    'Those present said the ferry chief walked out.',
    'Several of those present said the ferry chief walked out.',
  ])('%s', (text) => {
    const c = lastClaim(text, 'en');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.claim).toBe('the ferry chief walked out');
  });
});
