/**
 * "President Vale", "Senator Dorn": where a title goes before the name, a role's capitals and
 * one word name a person seen in passing, so a later "the president" or "the senator" is that
 * person, as after "President Tom Vale". A place after an Indonesian role ("Bupati Bogor")
 * stays a place. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const en = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('a title and a surname name a person in passing', () => {
  it.each([
    ['President Vale visited Harwick on Monday. The president said the plan would work.', 'Vale'],
    [
      'As President Vale faced criticism, a lawmaker took a moment. The president said the plan would work.',
      'Vale',
    ],
    ['Senator Dorn visited Harwick on Monday. The senator said the plan would fail.', 'Dorn'],
  ])('%s', (text, name) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toBe(name);
  });

  it('a role never named stays an unnamed official', () => {
    expect(en('The president said the plan would work.')?.source.kind).toBe('unnamed_official');
  });

  it('Indonesian: a role and a place is no person', () => {
    const c = lastClaim('Bupati Bogor meresmikan pasar itu. Dia mengatakan pasar itu ramai.', 'id');
    expect(c?.source.resolvesTo ?? null).not.toBe('Bogor');
  });
});
