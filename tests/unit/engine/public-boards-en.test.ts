/**
 * Session 13: boards as English sources. A public board (school, parole, water, planning) is
 * a government body; a company's board is the company's. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a public board speaks as a government body', () => {
  it.each([
    ['The harbour board said the dredging would begin in March.', 'The harbour board'],
    ['The parole board said the prisoner posed no danger.', 'The parole board'],
    ['The Dunmore water board said it would cut allocations.', 'The Dunmore water board'],
    ['The Brill Harbour Board said dredging would start in May.', 'The Brill Harbour Board'],
    [
      'The school board voted to close two schools, saying enrolment had fallen.',
      'The school board',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'official_body' });
  });

  it('"the board" points back to the public board named before', () => {
    const c = en(
      'The Dunmore school board said it would close two schools. || The board said enrolment had fallen.',
    );
    expect(c?.source).toMatchObject({
      kind: 'official_body',
      resolvesTo: 'The Dunmore school board',
    });
  });
});

describe("a company's board is an organization", () => {
  it.each([
    'The board of directors said the offer undervalued the company.',
    'Torvald Industries said profits fell. || Its board said the offer undervalued the firm.',
  ])('%s', (text) => {
    expect(en(text)?.source.kind).toBe('organization');
  });
});

describe('a supervisor is a role', () => {
  it('a named supervisor after a board word is a person', () => {
    const claims = storyClaims(
      '"The levy is fair," said County Board Supervisor Mara Lindqvist, a critic of the mayor.',
      'en',
    );
    expect(claims[0]?.source.kind).toBe('named_person');
  });

  it('the role opens a named person’s mention', () => {
    const c = en('Studio supervisor Tom Arlen said the print had been restored.');
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Studio supervisor Tom Arlen' });
  });
});
