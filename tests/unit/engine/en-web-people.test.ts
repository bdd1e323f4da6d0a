/** People web copy quotes without naming them: "my contact at X", "a tweeter in Y", viewers,
 * listeners, followers, subscribers, tenants, buyers and sellers, customers, landlords. The
 * person is the source, not the place or company after "at"/"in". Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const one = (text: string) => onlyClaim(text, 'en')!;

describe('unnamed people in web copy', () => {
  it.each([
    ['My contact at Brackwell says the new boards will ship in May.', 'My contact at Brackwell'],
    [
      // The pointing "that" may be dropped; the "as" opening the aside may not be kept.
      'Or maybe, as that tweeter in Glasgow suggested, the ferry was never insured.',
      'tweeter in Glasgow',
    ],
    ['One viewer in Tarrow wrote that the broadcast cut out twice.', 'One viewer in Tarrow'],
    ['Several listeners said the host had promised a rematch.', 'Several listeners'],
    ['A tenant told the council the heating had failed for a week.', 'A tenant'],
    ['One buyer on the night market wrote that the goods were clean.', 'One buyer'],
    ['As one vendor, crow_88, wrote to me, “Nobody checks the scales.”', 'one vendor'],
    ['A shopkeeper near the square said the street had been closed for days.', 'A shopkeeper'],
    ['Landlords say the new rules will push rents up.', 'Landlords'],
    // "someone" alone is people in general; close to or familiar with someone, a source.
    ['Someone close to the mayor said she would not run again.', 'Someone close to the mayor'],
    ['Somebody familiar with the talks said the deal was close.', 'Somebody familiar with'],
  ])('%s', (text, source) => {
    const c = one(text);
    expect(c.source.kind).toBe('anonymous');
    expect(c.source.text).toContain(source);
    expect(c.source.text).not.toMatch(/^as /iu);
  });

  it("a trade before a name is the named person's role", () => {
    const c = one('Antiques dealer Tova Brin said the fair had been cancelled twice.');
    expect(c.source.kind).toBe('named_person');
    expect(c.source.text).toBe('Antiques dealer Tova Brin');
  });
});

describe('people named by a trade without a person ending', () => {
  it.each([
    ['The clerk said the ledger had been altered twice.', 'The clerk'],
    ['A chef at the hotel said the kitchen had flooded.', 'A chef'],
    ['Two mechanics said the brakes had been cut.', 'Two mechanics'],
    ['A surgeon said the wounds were from shrapnel.', 'A surgeon'],
    ['The monks said the road had been closed since dawn.', 'The monks'],
  ])('%s', (text, source) => {
    const c = one(text);
    expect(c.source.kind).toBe('anonymous');
    expect(c.source.text).toContain(source);
  });

  it('a religious title before a name stays the person\'s: "Rabbi Ada Lorne said"', () => {
    expect(one('Rabbi Ada Lorne said the hall would reopen.').source.kind).toBe('named_person');
  });
});
