/** News outlets the registry need not know: a station named with its call letters after
 * "radio station" / "television station", and newspapers whose names end in a masthead
 * word ("the Lakeview Ledger", "the Dunmore Register", "the Harlow Bee"). Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('stations and mastheads as media', () => {
  it.each([
    [
      'Local television station WKXT reported that the bridge was closed.',
      'Local television station WKXT',
    ],
    ['Radio station KDLM reported that the ferry was suspended.', 'Radio station KDLM'],
    ['The ferry was suspended, public radio station WHRB said.', 'public radio station WHRB'],
    ['According to the Lakeview Ledger, the contractor was fined twice.', 'the Lakeview Ledger'],
    ['The Dunmore Register reported that the mayor had resigned.', 'The Dunmore Register'],
    ['The Harlow Bee reported that the water board met in secret.', 'The Harlow Bee'],
    ['The Coast Advertiser reported that the pier had collapsed.', 'The Coast Advertiser'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('media');
  });
});

describe("a report in a day's newspaper", () => {
  it.each([
    [
      "A report in Monday's Harbor Herald said the mayor had lied.",
      "A report in Monday's Harbor Herald",
    ],
    [
      "An article in Sunday's Lakeview Tribune said the mayor had lied.",
      "An article in Sunday's Lakeview Tribune",
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('media');
  });
});

describe("an outlet's own report", () => {
  it.each([
    ['A Harbor Herald report said the mayor had lied.', 'A Harbor Herald report'],
    [
      'A report by the news site Tidewire said the mayor had lied.',
      'A report by the news site Tidewire',
    ],
    ['A report in local media said the mayor had lied.', 'A report in local media'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('media');
  });

  it('an outlet before a finding noun of its journalism is the outlet', () => {
    expect(
      onlyClaim('A Harbor Herald investigation found that the mayor had lied.', 'en')?.source.kind,
    ).toBe('media');
  });

  it.each([
    'A report on media freedom said journalists were jailed.',
    'A report by media watchdog Harbor Watch said journalists were jailed.',
  ])('a report about media or by a watchdog stays a document: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});

describe("a paper's editorial board", () => {
  it.each([
    "The Harbor Herald's editorial board wrote that the mayor should resign.",
    'The editorial board said the mayor should resign.',
  ])('%s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe('media');
  });

  it("a company's board stays the company", () => {
    expect(onlyClaim("The company's board said the merger was sound.", 'en')?.source.kind).toBe(
      'organization',
    );
  });
});
