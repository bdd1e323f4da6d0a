/**
 * Whose people a source is can make it an unnamed official: a person's advisers ("his
 * advisers", "the mayor's advisers", "Quillon advisers") are that person's staff, as "her
 * aides" are; advisers of no one ("financial advisers") stay unnamed people. Party workers
 * ("operatives") have a political role, as strategists do. Shares given in words ("Twenty-four
 * percent said") are poll respondents whatever the number. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');
const SENATOR = 'Senator Mara Quillon spoke in Dayton on Monday. ';

describe("a person's advisers are unnamed officials", () => {
  it.each([
    ['His advisers said the senator would stay in the race.', 'His advisers'],
    ['Her top advisers said the senator would stay in the race.', 'Her top advisers'],
    ["The senator's advisers said she would stay in the race.", "The senator's advisers"],
    ['Quillon advisers said the senator would stay in the race.', 'Quillon advisers'],
    ['The senator would stay in the race, her advisers said.', 'her advisers'],
    ['The fund would close, its advisers said.', 'its advisers'],
  ])('%s', (text, source) => {
    const c = last(SENATOR + text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    'Financial advisers said the market would fall.',
    'Advisers said the market would fall.',
  ])('advisers of no person stay anonymous: %s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });
});

describe('party operatives have a political role', () => {
  it.each([
    ['Republican operatives said the primary would be decided in Ohio.', 'Republican operatives'],
    ['A Democratic operative said the count was over.', 'A Democratic operative'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe(source);
  });

  it('an operative with a name is that person', () => {
    const c = last('Republican operative Jane Roe said the primary would be decided in Ohio.');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('shares in words are poll respondents', () => {
  it.each([
    ['Twenty-four percent said the economy was the main issue.', 'Twenty-four percent'],
    ['Forty percent said the tax was too high.', 'Forty percent'],
    ['Only eleven percent said they trusted the council.', 'eleven percent'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toContain(source);
  });
});
