/**
 * "European powers have said ...", "world powers": states spoken of as a group are a body
 * speaking; the sentence had no source at all. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('powers as states', () => {
  it.each([
    'Several European powers have said the new launches breach the treaty.',
    'Japan and some Western powers said the new launches breach the treaty.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('powers as authority are no source', () => {
    expect(last('The governor said her powers were limited.')?.source.text).toBe('The governor');
  });
});
