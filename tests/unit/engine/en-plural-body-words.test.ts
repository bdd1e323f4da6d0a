/**
 * A plural that is itself a body's word ("prosecutors", "regulators") names that body
 * whatever body word qualifies it; a plural for people a body employs ("planners") names
 * some of its unnamed officials. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('a plural body word after another body word', () => {
  it.each([
    'State prosecutors said the ferry owner would be charged.',
    'Government prosecutors said the ferry owner would be charged.',
    'Federal prosecutors said the ferry owner would be charged.',
    'State regulators said the ferry line would lose its licence.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it.each([
    'Pentagon planners said the drill would go ahead.',
    'Ministry lawyers said the appeal would be filed.',
  ])('people a body employs stay its unnamed officials: %s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });
});
