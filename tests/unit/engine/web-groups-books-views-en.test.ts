/**
 * Session 13: English web-copy recall: findings with no "that", books and signed letters as
 * documents, a complaint about something after a quotation. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an unnamed group finding a finite clause with no "that"', () => {
  it.each([
    ['Researchers at Brill University found the river had warmed.', 'anonymous'],
    ['Investigators determined the pump had been switched off.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    const c = en(text);
    expect(c?.cue).toMatch(/^(found|determined)$/);
    expect(c?.source.kind).toBe(kind);
  });

  it('"as" with a name after the verb hands over a name, no finding', () => {
    const c = en('A nurse identified only as Marisol said the ward in Brill was full.');
    expect(c?.cue).toBe('said');
  });

  it('a clause opened by "a" is still a finding', () => {
    expect(en('Researchers found a gene was to blame for the illness.')?.cue).toBe('found');
  });

  it('a thing found is no finding reported', () => {
    const text = 'Investigators found a video of the pump in a flat in Brill.';
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});

describe('books and signed letters speak as documents', () => {
  it('"the book argues"', () => {
    expect(en('The book argues that the river shaped the town.')?.source.kind).toBe('document');
  });

  it('the people who signed a letter made it; the letter speaks', () => {
    const c = en('The letter, signed by 30 scientists, warns the dam could fail.');
    expect(c?.source.kind).toBe('document');
  });
});

describe('a quotation, then its speaker and what it is about', () => {
  it.each([
    ['"You will never get your money back," one user complained about the seller.', 'anonymous'],
    ['"The dam is safe," the governor insisted to reporters.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(en(text)?.source.kind).toBe(kind);
  });

  it('without a quotation before it, a complaint about a thing reports nothing', () => {
    expect(storyClaims('Some residents complained about the noise.', 'en')).toEqual([]);
  });
});

describe('a view framed by "as X sees it"', () => {
  it('"As Ruiz sees it, ..." is Ruiz’s view', () => {
    const c = en('Alma Ruiz studies the river. || As Ruiz sees it, the dam must go.');
    expect(c?.cue).toBe('sees it');
    expect(c?.source.kind).toBe('named_person');
  });

  it('seeing a thing is no view', () => {
    expect(storyClaims('Tom Arlen sees it every day on his way to work.', 'en')).toEqual([]);
  });
});
