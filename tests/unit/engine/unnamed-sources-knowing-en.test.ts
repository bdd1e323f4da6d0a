/**
 * English wire classes of session 11 on unnamed speakers described by what they know
 * ("familiar with", "briefed on"). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('an unnamed source tied to what it knows', () => {
  it.each([
    ['The ferry had sailed, an official familiar with the inquiry said.', 'unnamed_official'],
    ['A diplomat familiar with the talks said no deal was near.', 'unnamed_official'],
    ['A banker briefed on the sale said the price was cut.', 'anonymous'],
    ['Traders close to the auction said the bids were low.', 'anonymous'],
    ['Executives familiar with the plan said the cuts would be deep.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.text).toMatch(/(familiar with|briefed on|close to) the \w+$/);
  });

  it('a named body before the words stays the body', () => {
    const c = last('The Harbour Trust, close to the docks, said the ferry had sailed.');
    expect(c?.source.kind).not.toBe('anonymous');
    expect(c?.source.kind).not.toBe('unnamed_official');
  });

  it('a thing close to something is no source', () => {
    expect(last('A village close to the border was shelled, the army said.')?.source.text).toBe(
      'the army',
    );
  });
});

describe('an unnamed source inside an object relative clause', () => {
  it.each([
    ['Police are searching for two hikers who witnesses said had been missing.', 'witnesses'],
    ['The port opened a new quay, which critics say was never needed.', 'critics'],
    ['Boats took the hikers, who officials said on Monday were unhurt.', 'officials'],
  ])('%s', (text, source) => {
    expect(last(text)?.source.text).toBe(source);
  });

  it('a relative clause saying the source is unnamed still joins its head', () => {
    expect(last('A man who asked not to be named said the shop had closed.')?.source).toMatchObject(
      {
        text: 'A man who asked not to be named',
        kind: 'anonymous',
      },
    );
  });
});

describe('a counted group with an adjective', () => {
  it.each([
    ['Hundreds of angry farmers said they had lost their land.', 'Hundreds of angry farmers'],
    ['Thousands of striking workers said they had not been paid.', 'Thousands of striking workers'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'anonymous' });
  });
});

describe('people standing for a determiner, tied to what they know', () => {
  it.each([
    'Some close to the singer say she is recovering.',
    'Some familiar with the matter say the deal is off.',
    'Many close to the mayor say he will not run.',
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({
      kind: 'anonymous',
      basis: 'rule:speaker-verb/acquainted',
    });
  });

  it('a relative of someone is an unnamed source', () => {
    expect(last('A relative of the victim said he had no enemies.')?.source).toMatchObject({
      text: 'A relative of the victim',
      kind: 'anonymous',
    });
  });
});

describe('an unnamed word before an infinitive', () => {
  it.each([
    "You can't expect sailors to think in terms of maps.",
    'He wants people to believe the plan works.',
  ])('is no source of the infinitive: %s', (text) => {
    expect(last(text)).toBeUndefined();
  });

  it('a description ending in a place word still speaks', () => {
    expect(
      last('Troops reached the suburb, the top municipal official there said.')?.source,
    ).toMatchObject({ kind: 'unnamed_official' });
  });
});

describe('an aside between the tying words and the verb', () => {
  it.each([
    [
      'A person familiar with the matter, who asked not to be identified, said the mill would close.',
      'anonymous',
    ],
    [
      'Two people briefed on the talks, who declined to be named, said the mill would close.',
      'anonymous',
    ],
    [
      'An official with knowledge of the case, speaking on condition of anonymity, said the mill would close.',
      'unnamed_official',
    ],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toBe('the mill would close');
    expect(c?.source.text.endsWith(',')).toBe(false);
  });

  it('a thing described by a relative is not read this way', () => {
    const c = last('The board, which is familiar with the matter, said the mill would close.');
    expect(c?.source.kind).not.toBe('anonymous');
  });
});

describe('"those" tied to what they know (a lexicon phrase)', () => {
  it.each([
    'Those close to the owner say the mill will close.',
    'The mill will close, according to those familiar with the plans.',
    'The mill will close, according to those close to the owner.',
    'The mill will close, those familiar with the plans said.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.claim.toLowerCase()).toBe('the mill will close');
  });
});
