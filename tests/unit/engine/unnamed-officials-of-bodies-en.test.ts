/**
 * English unnamed people of an institution ("an official with the agency") against the
 * institution speaking itself ("the agency said"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('an unnamed person "with" a body is one of its people, not the body', () => {
  it.each([
    ['An official with the Marwick Flood Agency said the shelters were full.', 'An official with'],
    ['The shelters were full, an official with the flood agency said.', 'an official with'],
    [
      'Two officials with the Velorian Interior Ministry said the border was shut.',
      'Two officials',
    ],
    ['A source with the ministry told the paper that the minister would resign.', 'A source with'],
    ['Staff with the city council said the records were lost.', 'Staff with'],
  ])('%s', (text, start) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text.startsWith(start)).toBe(true);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a worker with a charity is an unnamed person, not the charity', () => {
    const c = last('A volunteer with the Tarn Relief Fund said the shelters were full.');
    expect(c?.source).toMatchObject({ kind: 'anonymous' });
    expect(c?.source.text).toMatch(/^A volunteer with/);
  });

  it('things done with a body leave the body as it was found', () => {
    const c = last('Talks with the ministry said nothing new.');
    expect(c?.source.kind).not.toBe('unnamed_official');
  });
});

describe('an unnamed spokesman "for the" capitalised body is no person named so', () => {
  it.each([
    'A spokesman for the Border Guards said the ship was seized.',
    "A spokesman for Velmar's Border Guards said the ship was seized.",
    'The ship was seized, a spokesman for the Border Guards said.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('the spokesman named after a comma is still named', () => {
    const c = last('A spokesman for the Border Guards, Tom Vale, said the ship was seized.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Vale' });
  });
});

describe('the presidency is a body; a source in it is one of its officials', () => {
  it('"the presidency said" is the body', () => {
    const c = last('The presidency said the talks with the rebels would resume.');
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'The presidency' });
  });

  it('"a source in the presidency" is an unnamed official', () => {
    const c = last('A source in the presidency said the talks would resume.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official' });
  });

  it('the presidency as a time is no source', () => {
    const c = last('During his presidency, Tom Vale said the talks would resume.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Vale' });
  });
});

describe('one agent of a body is its unnamed official, wherever the phrase stands', () => {
  it.each([
    'A border police agent said the man was armed.',
    'The man was armed, an FBI agent said.',
    'The man was armed, said one FBI agent.',
    'According to one FBI agent, the man was armed.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });

  it('an agent of no body is an unnamed person', () => {
    const c = last('A travel agent said bookings had fallen by half.');
    expect(c?.source).toMatchObject({ kind: 'anonymous', text: 'A travel agent' });
  });

  it('an acronym right after a trade word is the firm', () => {
    const c = last('Bookings had fallen by half, shipping agent GAX said.');
    expect(c?.source).toMatchObject({ kind: 'organization', text: 'shipping agent GAX' });
  });
});

describe('one unnamed figure of a party, and staff serving an office', () => {
  it.each([
    'A senior figure in the party said the bill would be amended.',
    'The bill would be amended, an opposition figure said.',
    'Staffers for the senator said the bill would be amended.',
    'A staffer for Senator Tom Vale said the bill would be amended.',
    'Congressional staff said the bill would be amended.',
    'A congressional source said the bill would be amended.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('a figure with a name is the named person', () => {
    const c = last('Opposition figure Tom Vale said the bill would be amended.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Vale' });
  });

  it('staff of a campaign stay unnamed people', () => {
    expect(last('Staffers for the campaign said the trip was off.')?.source.kind).toBe('anonymous');
  });
});

describe('advisers serving an office are its unnamed officials', () => {
  it.each([
    'Advisers to the president said the bill would be signed next week.',
    'The bill would be signed next week, advisers to the president said.',
    'Advisors for the governor said the budget was short.',
    'Economic advisers to the prime minister said the vote was delayed.',
    'The vote was delayed, said advisers to the prime minister.',
    'According to advisers to the president, the bill would be signed next week.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('lawyers for someone stay unnamed people', () => {
    expect(last('Lawyers for the president said the case would be appealed.')?.source.kind).toBe(
      'anonymous',
    );
  });

  it('advisers of no office stay unnamed people', () => {
    expect(last('Financial advisers said the fund was a poor bet.')?.source.kind).toBe('anonymous');
  });
});

describe('one person placed in a government body is one of its officials', () => {
  it.each([
    'A person at the ministry said the tariff would rise in March.',
    'The tariff would rise in March, a person in the ministry said.',
    'Someone at the embassy said the visa rules would change.',
    'People at the ministry said the tariff would rise in March.',
    'A person inside the ministry said the tariff would rise in March.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it.each([
    'A person at the company said the tariff would rise in March.',
    'A person in Marovia said the tariff would rise in March.',
    'A person inside China said the tariff would rise in March.',
  ])('placed elsewhere, an unnamed person: %s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });
});

describe("one of a body's people, named by a noun for people, is no body", () => {
  it.each([
    '"We are ready for any outcome," a Pentagon planner said.',
    'A Pentagon planner said the drill would go ahead.',
    'The drill would go ahead, said one ministry controller.',
    'The drill would go ahead, said Pentagon planners.',
    'According to a Pentagon planner, the drill would go ahead.',
    'A Pentagon analyst said the drill would go ahead.',
    'Pentagon analysts said the drill would go ahead.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('one of people listed as unnamed people stays one of them', () => {
    const c = last('A government supporter said the drill would go ahead.');
    expect(c?.source).toMatchObject({ kind: 'anonymous', name: null });
  });

  it('a thing of the body is no person', () => {
    const c = last('The Pentagon said the drill would go ahead.');
    expect(c?.source).toMatchObject({ kind: 'official_body' });
  });

  it('a verb after the body is no noun of its people', () => {
    const c = last('According to the ministry planners have left the city.');
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'the ministry' });
  });

  it('a name after the noun is the named person', () => {
    const c = last('Pentagon planner Tom Vale said the drill would go ahead.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Vale' });
  });
});

describe('people who deal with a body from outside are not its officials', () => {
  it.each([
    'Harbour police informants said the smugglers had moved north.',
    'A police informant said the smugglers had moved north.',
    'A government critic said the levy was a giveaway.',
    'A council opponent said the levy was a giveaway.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.flags).toContain('unnamed_source');
  });
});
