/**
 * English outlets as relay and source: the outlet that interviewed or talked with the speaker
 * ("Interviewed by X, ...", "Talking to X, ...", "Speaking with X, ...") is the via; an outlet
 * with a which-clause before its verb ("X, which first reported the plan, said") is the outlet
 * speaking, not a document. Generic outlet words ("several outlets", "the weekly"). Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('the outlet that interviewed the speaker is the via', () => {
  it.each([
    [
      'Interviewed by the Daily Planet, Senator Mark Ellison said the bill had no chance.',
      'Daily Planet',
    ],
    ['Talking to Wirely, Senator Mark Ellison said the bill had no chance.', 'Wirely'],
    ['Speaking with Wirely on Friday, Senator Mark Ellison said the bill had no chance.', 'Wirely'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toContain(via);
    expect(c?.claim).toBe('the bill had no chance');
  });

  it.each([
    'Speaking with reporters, Senator Mark Ellison said the bill had no chance.',
    'Talking to his supporters, Senator Mark Ellison said the bill had no chance.',
  ])('an audience is no via: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('an outlet with a which-clause before its verb speaks itself', () => {
  it.each([
    'The Daily Planet, which first reported the plan, said the memo was circulated to staff.',
    'Wirely, which obtained the documents, said the memo was circulated to staff.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('media');
    expect(c?.claim).toBe('the memo was circulated to staff');
  });
});

describe('generic words for outlets', () => {
  it.each([
    'Several outlets reported that the singer had cancelled the rest of her tour.',
    'The weekly said the minister had stayed at a villa owned by a developer.',
    'French weekly Le Courrier said the minister had stayed at a villa owned by a developer.',
  ])('%s', (text) => {
    expect(en(text)?.source.kind).toBe('media');
  });
});
