/**
 * Feature and health copy in web pages: people in general saying or thinking things, what
 * someone can or did not say, "according to" as "in accordance with", and guides, manuals
 * and labels as documents. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('people in general are no source', () => {
  it.each([
    'Many people think that a sore throat always needs antibiotics.',
    'People say that the first winter in a new town is the hardest.',
    'Most people believe that the lake freezes every year.',
    'A lot of people told me the bakery was worth the wait.',
    'Everyone knows the bridge closes at night, and everyone says it is safe.',
    'Some people feel that the new rules go too far.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['People familiar with the plan said the sale would close in June.', 'anonymous'],
    ['Three people told the Wirely desk that the gate was open.', 'anonymous'],
    ['Economists often say that rents lag prices.', 'anonymous'],
    ['Many doctors say the clinic is short of nurses.', 'anonymous'],
  ])('a described or counted group still speaks: %s', (text, kind) => {
    expect(claims(text)[0]?.source.kind).toBe(kind);
  });
});

describe('what can be said, or was not said, is no report', () => {
  it.each([
    'Developers can say which fields a form requires.',
    'Most owners do not believe the warranty covers water damage.',
    'The pilot never said that the engine had failed.',
    'Patients may tell their nurse that the dose feels too strong.',
    "The mayor didn't say whether the pool would reopen.",
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['Jane Roe later told the board that the audit was late.', 'Jane Roe'],
    ['Jane Roe has not been shy: she said the audit was late.', 'she'],
    ['Analysts had long argued that the merger would fail.', 'Analysts'],
  ])('a report still: %s', (text, source) => {
    expect(claims(text)[0]?.source.text).toBe(source);
  });

  it('adverbs before the verb are no part of an unnamed source', () => {
    expect(
      claims('Patients with asthma often report that cold air makes it worse.')[0]?.source.text,
    ).toBe('Patients with asthma');
  });

  it('a name that holds a modal is still a name', () => {
    const c = claims('Ada Might joined in May. || Might said the pier was safe.');
    expect(c.at(-1)?.source.text).toBe('Might');
  });
});

describe('what people said, inside a clause picking them out', () => {
  it.each([
    'Runners who reported sleeping badly were slower in the second race.',
    'Tenants who said the heating had failed were moved first.',
    'Pupils whose teachers reported high noise levels read less.',
    'The clinic thanked the donors who wrote that the garden was lovely.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['Nurses who treated the crew said the burns were minor.', 'Nurses'],
    [
      'A diver who asked not to be named said the hull was cracked.',
      'A diver who asked not to be named',
    ],
  ])('the relative clause before the verb still describes the source: %s', (text, source) => {
    expect(claims(text)[0]?.source.text).toBe(source);
  });

  it('a speaker the clause adds to the story is still one', () => {
    const c = claims('The board met with Jane Roe, the treasurer, who said the audit was late.');
    expect(c[0]?.source.text).toContain('Jane Roe');
  });
});

describe('telling or arguing about a topic', () => {
  it.each([
    'Patients told their nurses about the rash.',
    'The owners argued about the fence for years.',
    'Guides tell visitors about the old mine.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['A witness who fled told local radio about 30 people were inside.', 'told'],
    ['Jane Roe told reporters about the plan, saying it would cut costs.', 'told'],
    ['Jane Roe told us about the flood: "It rose in minutes."', 'told'],
  ])('words still told: %s', (text, cue) => {
    expect(claims(text)[0]?.cue).toBe(cue);
  });
});

describe('"according to" as "in accordance with"', () => {
  it.each([
    'Fees vary according to the size of the boat.',
    'The seedlings were sorted according to their height.',
    'The dose is adjusted according to body weight.',
    'Members are billed according to how many rooms they book.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['The ferry was delayed, according to the harbor schedule.', 'document'],
    ['The pier was closed according to port officials.', 'unnamed_official'],
    ['According to the owner manual, the kettle shuts off by itself.', 'document'],
  ])('a source still: %s', (text, kind) => {
    expect(claims(text)[0]?.source.kind).toBe(kind);
  });
});

describe('guides, manuals and labels say things', () => {
  it.each([
    ['The user guide says the battery lasts ten hours.', 'The user guide'],
    ['The manual states that the pump must be primed first.', 'The manual'],
    [
      'The project documentation says that the cache is rebuilt nightly.',
      'The project documentation',
    ],
    ['The label warns that the syrup may cause drowsiness.', 'The label'],
    ['The new guidelines say adults should be screened at 45.', 'The new guidelines'],
    ['The changelog says the crash was fixed in version 3.', 'The changelog'],
    ['The commit message says the leak was found by a fuzzer.', 'The commit message'],
    ['The proposal says that the old flag should go.', 'The proposal'],
    ["The project's FAQ says that the file format is stable.", "The project's FAQ"],
    ['The man page says that the option is ignored.', 'The man page'],
    ['The license says that the code may be shared.', 'The license'],
    ['The agreement states that the mill will close in 2031.', 'The agreement'],
  ])('%s', (text, source) => {
    const c = claims(text);
    expect(c[0]?.source).toMatchObject({ text: source, kind: 'document' });
  });
});

describe('newspapers by their own names', () => {
  it.each([
    ['The Ledger Times reported that the ferry would stop in May.', 'The Ledger Times'],
    ['The Harbor Chronicle reported that two boats had sunk.', 'The Harbor Chronicle'],
    [
      'The journal Lakeside Medicine reported that the trial was halted.',
      'The journal Lakeside Medicine',
    ],
    ['The medical journal said the trial had been halted.', 'The medical journal'],
  ])('%s', (text, source) => {
    expect(claims(text)[0]?.source).toMatchObject({ text: source, kind: 'media' });
  });
});

describe('a company showing a thing', () => {
  it.each([
    'Lakesoft shows a warning when the password is weak.',
    'The Harbor Trust showed a model of the new pier.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    'The Harbor Trust showed that the pier was unsafe.',
    'The Harbor Trust found dozens of cracks in the pier.',
  ])('a finding still: %s', (text) => {
    expect(claims(text)[0]?.source.kind).toBe('organization');
  });
});
