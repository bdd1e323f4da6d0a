/**
 * Company names that look like people's ("Baxter Dunmore said"): the article's other words
 * about the name - a description by an organization's word set off by commas, a stock ticker,
 * its shares ("shares of Baxter Dunmore") -
 * make its lone mentions the firm's. With no such word the name stays a person's. Sentences
 * are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

describe('a name the article describes as a firm', () => {
  it.each([
    'Baxter Dunmore, the investment bank, said the deal was off.',
    'Baxter Dunmore, a small brokerage, said the deal was off.',
    'Baxter Dunmore (BXD.N) said the deal was off.',
    'Shares of Baxter Dunmore fell sharply on Monday.',
    "Baxter Dunmore's shareholders met on Monday.",
  ])('is an organization later: %s', (first) => {
    const source = lastSource('en', first, 'Baxter Dunmore said later that talks could resume.');
    expect(source?.kind).toBe('organization');
  });

  it.each([
    'Baxter Dunmore, the bank chief, said the deal was off.',
    'Baxter Dunmore, a banker, said the deal was off.',
    'Baxter Dunmore, a nurse at the clinic, said the deal was off.',
    "Baxter Dunmore, the company's founder, said the deal was off.",
    // A verb, not what a firm has.
    'Baxter Dunmore shares her view on the deal every week.',
  ])('a description of a person leaves the name a person: %s', (first) => {
    const source = lastSource('en', first, 'Baxter Dunmore said later that talks could resume.');
    expect(source?.kind).toBe('named_person');
  });
});

describe('a company named with "Networks"', () => {
  it('is an organization, and so is its short name later', () => {
    const source = lastSource(
      'en',
      'Shares of networking equipment provider Harlow Networks (NYSE:HN) fell 12% on Friday.',
      'Harlow said it expects sales to rise next year.',
    );
    expect(source).toMatchObject({ text: 'Harlow', kind: 'organization' });
  });
});
