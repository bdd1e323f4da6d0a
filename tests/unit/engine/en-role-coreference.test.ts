/** A role pointing back ("the defence minister said") is the person named before only when
 * their offices agree: a portfolio or rank word in one and not the other is another person;
 * a descriptive word ("embattled", a party) changes nothing. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

describe('a later role is the earlier person only when the offices agree', () => {
  it.each([
    [
      'Interior Minister Pavel Dranko said on Monday that border checks would be tightened.',
      '"We will not allow smuggling," the defence minister said later.',
    ],
    [
      'Interior Minister Pavel Dranko said on Monday that border checks would be tightened.',
      'The defence minister added that troops would help at the crossings.',
    ],
    [
      'Interior Minister Pavel Dranko said on Monday that border checks would be tightened.',
      '"No shots were fired," said the defence minister.',
    ],
    [
      'Interior Minister Pavel Dranko said on Monday that border checks would be tightened.',
      "The country's defence minister had earlier told parliament that the drills were routine.",
    ],
    [
      'Interior Minister Pavel Dranko said on Monday that border checks would be tightened.',
      'According to the defence minister, the drills will end on Friday.',
    ],
    [
      'Prime Minister Lena Varga said the summit had been a success.',
      'The foreign minister told reporters the treaty would be signed.',
    ],
    [
      'Vice President Mark Osei said the plan was sound.',
      'The president said he would sign the bill on Friday.',
    ],
    [
      'Deputy Foreign Minister Ilse Brann said the talks had stalled.',
      'The foreign minister said the talks would resume next week.',
    ],
    [
      'Deputy minister Oren Kalt said the roads would reopen soon.',
      'The minister said no one had been hurt.',
    ],
    [
      'Health Minister Sara Lind said the clinics would stay open.',
      'The deputy minister said staff would be hired.',
    ],
    [
      'Envoy Rafe Dunmore said the ceasefire was holding.',
      'The former envoy told the radio station that the ceasefire would collapse.',
    ],
  ])('%s / %s', (first, second) => {
    const source = lastSource('en', first, second);
    expect(source).toMatchObject({ kind: 'unnamed_official', name: null, basis: 'role-head' });
  });

  it('keeps no state-media relay of the earlier person', () => {
    const source = lastSource(
      'en',
      'Interior Minister Pavel Dranko told state television that the army had been deployed.',
      '"The situation is under control," the defence minister said.',
    );
    expect(source).toMatchObject({ kind: 'unnamed_official', via: null });
  });

  it.each([
    [
      'President Hana Morrow said the cabinet would meet on Sunday.',
      'The embattled president said she would not resign.',
      'Hana Morrow',
    ],
    [
      'Governor Tom Ashby said the state would send help.',
      '"We are ready," the Republican governor said.',
      'Tom Ashby',
    ],
    [
      'Defence Minister Ana Kessel said the drills were routine.',
      'The defence minister added that no shots had been fired.',
      'Ana Kessel',
    ],
    [
      'Minister of Defence Ana Kessel said the drills were routine.',
      'The defence minister added that no shots had been fired.',
      'Ana Kessel',
    ],
    [
      'Former foreign minister Tom Hadley said the deal was weak.',
      'The former minister told reporters it would not last.',
      'Tom Hadley',
    ],
    [
      'Deputy Health Minister Ivo Petrak said the vaccine had arrived.',
      'The deputy minister said clinics would open on Monday.',
      'Ivo Petrak',
    ],
    [
      'Energy Minister Lia Moss said the grid was stable.',
      'The minister said the outages were over.',
      'Lia Moss',
    ],
  ])('%s / %s', (first, second, name) => {
    const source = lastSource('en', first, second);
    expect(source).toMatchObject({ kind: 'named_person', name, resolvesTo: name });
    expect(source?.basis).toMatch(/^role-head\//);
  });
});

it('a spokeswoman of a ministry is not its minister', () => {
  const source = lastSource(
    'en',
    'Dana Voss, a spokeswoman for the Interior Ministry, said the checks were routine.',
    'The interior minister said the checks would end soon.',
  );
  expect(source).toMatchObject({ kind: 'unnamed_official', name: null });
});

describe('a person introduced with a role after the name is that new person', () => {
  it.each([
    'Former Belgian PM Guy Namor, leader of the liberal group in the assembly, said the members should not wait.',
    '"The members should not wait," former Belgian PM Guy Namor, leader of the liberal group in the assembly, said.',
    'Longtime campaigner Guy Namor, head of the green group in the assembly, said the members should not wait.',
  ])('%s', (second) => {
    const source = lastSource(
      'en',
      'Opposition leader Mara Quist said the vote was rushed.',
      second,
    );
    expect(source).toMatchObject({ kind: 'named_person', name: 'Guy Namor', resolvesTo: null });
  });

  it('"the" inside an appositive after the role does not point back', () => {
    const source = lastSource(
      'en',
      'Opposition leader Mara Quist said the vote was rushed.',
      'A leader of the liberal group in the assembly said the vote was fair.',
    );
    expect(source?.name ?? null).toBeNull();
  });
});

describe('a later role passes over a person of another office to the one holding it', () => {
  it.each([
    ['"No shots were fired," the defence minister added.', 'Ana Kessel'],
    ['The defence minister said later that no shots had been fired.', 'Ana Kessel'],
    ['The interior minister said the checks would last a month.', 'Pavel Dranko'],
  ])('%s', (third, name) => {
    const source = lastSource(
      'en',
      'Defence Minister Ana Kessel said the drills were routine.',
      'Interior Minister Pavel Dranko said border checks would be tightened.',
      third,
    );
    expect(source).toMatchObject({ kind: 'named_person', name, resolvesTo: name });
  });

  it('the mayor named before the police chief is the mayor', () => {
    const source = lastSource(
      'en',
      'Mayor Dana Hollis said the town would pay for repairs.',
      'Police Chief Rob Fenn said officers had acted in good faith.',
      '"We are sorry it happened," the mayor told the visitor.',
    );
    expect(source).toMatchObject({ kind: 'named_person', name: 'Dana Hollis' });
  });

  // One office, one holder: however far back the article named the holder (role-head/holder).
  it('a person of the office named long before is still its holder', () => {
    const filler = [1, 2, 3, 4, 5, 6, 7].map((n) => `Officials said road ${n} was closed.`);
    const source = lastSource(
      'en',
      'Defence Minister Ana Kessel said the drills were routine.',
      ...filler,
      'Interior Minister Pavel Dranko said border checks would be tightened.',
      'The defence minister said no shots had been fired.',
    );
    expect(source).toMatchObject({ kind: 'named_person', name: 'Ana Kessel' });
  });
});
