/** A quotation, its speaker and a stray comma before the verb ('"...," Mayor Ana Lopes, told
 * radio'): the quotation is the claim and the phrase between it and the comma is who said it.
 * Describing words set off by commas after "the" ("the 61-year-old, pipe-smoking, mayor
 * said") belong to the speaker. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim, onlyClaim } from './helpers';

describe('a stray comma between a quoted claim’s speaker and the verb', () => {
  it.each([
    ['"The ferry will not sail today," Harbour Master Ana Lopes, told local radio.', 'Ana Lopes'],
    ['"The ferry will not sail today," Ana Lopes, said on Sunday.', 'Ana Lopes'],
    ['"The ferry will not sail today," skipper Tom Peres, wrote in a message.', 'Tom Peres'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', name });
    expect(c?.claim).toBe('The ferry will not sail today');
  });

  it('an institution too', () => {
    const c = onlyClaim('"The ferry will not sail today," the port authority, said.', 'en');
    expect(c?.source.text).toBe('the port authority');
  });

  it('an appositive keeps its commas', () => {
    const c = onlyClaim(
      '"The ferry will not sail today," Ana Lopes, the harbour master, said.',
      'en',
    );
    expect(c?.source.text).toBe('Ana Lopes, the harbour master');
  });
});

describe('describing words set off by commas between "the" and the speaker’s noun', () => {
  it('the noun with its "the" points back to the person named before', () => {
    const c = lastClaim(
      'Mayor Ana Lopes toured the quay on Sunday. || ' +
        '"The ferry will not sail today," the 61-year-old, pipe-smoking, mayor said.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Ana Lopes' });
    expect(c?.claim).toBe('The ferry will not sail today');
  });
});
