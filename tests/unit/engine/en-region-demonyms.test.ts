/**
 * "the Texan said": a noun for a person of a region or state is a description pointing back
 * to the person named before, as "the Russian said" is, never a lone name read as an
 * organization. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const en = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('a person of a region', () => {
  it.each([
    'Senator Ted Vale spoke in Austin on Monday. "The race is close," the Texan said.',
    'Governor Ann Roe toured the plant. The Vermonter said the jobs would stay.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toMatch(/Ted Vale|Ann Roe/);
  });

  it('with nobody named before, an unnamed person', () => {
    expect(en('The Californian said the fires were worse this year.')?.source.kind).toBe(
      'anonymous',
    );
  });
});
