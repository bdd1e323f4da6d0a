/**
 * One of a group of unnamed officials is an unnamed official too: the singular of a listed
 * plural ("civil servants", "negotiators") and one of a body's people after an abbreviated
 * body ("a U.N. planner", as "U.N. planners" are). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('the singular of a word for unnamed officials', () => {
  it.each([
    'A civil servant said the tender had been rigged.',
    'A senior public servant said the tender had been rigged.',
    'A bureaucrat said the tender had been rigged.',
    'A negotiator said the tender had been rigged.',
    'A central banker said rates would stay on hold.',
    'A veteran politician said the tender had been rigged.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe("one of a body's people", () => {
  it.each([
    'A U.N. planner said the camp would be moved.',
    'A U.N. investigator said the camp had been shelled.',
    'A police investigator said the camp had been shelled.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unnamed_official');
  });

  it.each([
    'A private investigator said the camp had been shelled.',
    'An investigator said the camp had been shelled.',
  ])('an investigator of no body is no official: %s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });

  it('the abbreviated body alone is the body', () => {
    expect(last('The U.N. said the camp would be moved.')?.source.kind).toBe('official_body');
  });
});
