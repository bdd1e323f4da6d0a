/**
 * English: unnamed people written with a plain noun. A nation's word before a lower-case noun
 * for people ("An Iraqi farmer said") qualifies the noun and names no one; nouns for people
 * with no telling ending ("a student", "a hostage") speak where they head the phrase, and
 * qualify a thing where a noun follows ("the student newsroom"); a conscript serves the
 * state; such a noun heads a person's relative clause ("A teacher who saw the attack
 * said"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a nation word before a noun for people', () => {
  it.each([
    ['An Iraqi farmer said the well had run dry in June.', 'An Iraqi farmer'],
    ['A Chinese tourist said the guide had left them at the pier.', 'A Chinese tourist'],
    ['An Iraqi teacher told reporters the school was shelled twice.', 'An Iraqi teacher'],
    [
      'A Russian investigator said the convoy was attacked at the border.',
      'A Russian investigator',
    ],
  ])('%s', (sentence, text) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind: 'anonymous', text, name: null });
  });

  it('a nation word before a role and a name still names the person', () => {
    const c = en('Chinese Foreign Minister Lan Qiu said the visit was cancelled.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Lan Qiu' });
  });
});

describe('nouns for people with no telling ending', () => {
  it.each([
    ['A student said the exam papers had been sold a week early.', 'A student'],
    ['A hostage said the guards moved them every night.', 'A hostage'],
    ['A victim said the caller knew her bank details.', 'A victim'],
    ['A rebel said the town had fallen before dawn.', 'A rebel'],
    ['"We slept in the car," an exile said.', 'an exile'],
  ])('%s', (sentence, text) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind: 'anonymous', text, name: null });
    expect(c?.flags).toContain('unnamed_source');
  });

  it('as a qualifier of a thing they name no speaker', () => {
    const claims = storyClaims('The student newsroom reports campus news every morning.', 'en');
    expect(claims.filter((c) => c.source.kind === 'anonymous')).toEqual([]);
  });
});

describe('people serving the state', () => {
  it.each([['A conscript said the unit had gone without food for days.', 'A conscript']])(
    '%s',
    (sentence, text) => {
      expect(en(sentence)?.source).toMatchObject({ kind: 'unnamed_official', text });
    },
  );
});

describe('a plain noun for people before a relative clause', () => {
  it.each([
    ['A teacher who witnessed the attack said the gunman was young.', 'A teacher'],
    ['A farmer who did not give his name said the levee broke at night.', 'A farmer'],
    ['A beekeeper who lives nearby said the hives were burned.', 'A beekeeper'],
  ])('%s', (sentence, text) => {
    expect(en(sentence)?.source).toMatchObject({ kind: 'anonymous', text, name: null });
  });

  it('a thing before a relative clause stays a thing', () => {
    expect(en('A report that officials released said the dam was unsafe.')?.source.kind).toBe(
      'document',
    );
  });
});
