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
