/**
 * Documents as sources in science, health and tech writing: the document heads the subject
 * even when its author is named after "by" ("The 2021 report by the bank warned"), legal
 * filings allege, a meta-analysis or an investigation finds; an institution whose name ends
 * in a document word ("the Bureau of Labor Statistics") is the institution. Sentences
 * written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

function first(text: string) {
  const c = storyClaims(text, 'en')[0];
  return c ? [c.cue, c.source.kind, c.source.text] : null;
}

describe('a document written by someone heads its subject', () => {
  it.each([
    [
      'The 2022 report by the Harbor Trust warned that rents would keep rising.',
      'warned',
      'The 2022 report by the Harbor Trust',
    ],
    ['A blog post by the lab says the code is open.', 'says', 'A blog post by the lab'],
    [
      'The bulletin by the weather service warned of high winds on the coast.',
      'warned',
      'The bulletin by the weather service',
    ],
  ])('%s', (text, cue, source) => {
    expect(first(text)).toEqual([cue, 'document', source]);
  });

  it('a document only carried by an outlet is not authored by it: the outlet is its via', () => {
    const c = storyClaims(
      '"We will not yield," the statement carried by the Daily Planet said.',
      'en',
    )[0];
    expect(c?.source).toMatchObject({
      kind: 'document',
      text: 'the statement',
      via: 'Daily Planet',
    });
  });
});

describe('filings allege, reviews and investigations find', () => {
  it.each([
    ['The lawsuit alleges that the firm misled its investors.', 'alleges', 'document'],
    ['The complaint alleges the landlord ignored the leaks.', 'alleges', 'document'],
    ['Critics allege that the board hid the losses.', 'allege', 'anonymous'],
    ['A 2020 meta-analysis found no link between tea and migraines.', 'found', 'document'],
    ['The investigation found that the guards had falsified logs.', 'found', 'document'],
  ])('%s', (text, cue, kind) => {
    expect(first(text)?.slice(0, 2)).toEqual([cue, kind]);
  });

  it.each([
    'The alleged victim was taken to hospital.',
    "Smith's alleged role in the scheme was never proven.",
    'He was arrested over alleged links to the gang.',
    'Police opened an investigation into the crash.',
    'The inquiry could be concluded as early as May.',
    'The report was found in a drawer of the old office.',
  ])('no claim: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });

  it('a hedge stays a hedge', () => {
    expect(first('The men are alleged to have forged the papers.')?.[1]).toBe('unattributed');
  });
});

describe('an institution whose name ends in a document word', () => {
  it.each([
    ['The Bureau of Labor Statistics said wages rose in May.', 'official_body'],
    ['The Office for National Statistics said inflation fell.', 'official_body'],
    ['The Federal Bureau of Investigation said the scam was growing.', 'official_body'],
    ['The Institute for Fiscal Studies said the plan would cost billions.', 'organization'],
  ])('%s', (text, kind) => {
    expect(first(text)?.[1]).toBe(kind);
  });
});

describe('hedges, speculation and rulings in features', () => {
  it.each([
    ['It is estimated that one in five adults snores.', 'It is estimated', 'unattributed'],
    ['Rumors abound that the studio will reissue the first cut.', 'Rumors abound', 'unattributed'],
    ['Fans have long speculated that the captain survives.', 'speculated', 'anonymous'],
    ['A federal judge ruled Tuesday that the levy was unlawful.', 'ruled', 'unnamed_official'],
  ])('%s', (text, cue, kind) => {
    expect(first(text)?.slice(0, 2)).toEqual([cue, kind]);
  });

  it('speculating with no clause is no claim', () => {
    expect(storyClaims('Investors began to speculate on the new shares.', 'en')).toEqual([]);
  });
});
