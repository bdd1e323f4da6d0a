/**
 * "In a television interview, the captain thanked the rescuers and said ...": the subject a
 * coordinated verb of saying shares is the clause's after the opening phrase, not the outlet
 * inside that phrase; "one of the sailors" is one of a crew, an unnamed official as soldiers
 * are. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('a coordinated verb of saying after an opening phrase', () => {
  it.each([
    [
      'In a television interview, the ferry captain thanked the rescuers and said the ferry had run aground.',
      'the ferry captain',
    ],
    [
      'In an interview with a local radio station, one of the sailors thanked the rescuers and said the ferry had run aground.',
      'one of the sailors',
    ],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('an opening phrase that names the source itself', () => {
  it('keeps it as the relay: "According to state media, the premier toured ... and said"', () => {
    const c = last(
      'According to state media, the premier toured the plant and said the new line was ready.',
    );
    expect(c?.source.text).toBe('the premier');
    expect(c?.flags).toContain('state_media');
  });
});

describe('"Menurut ..." opening the sentence names the source itself', () => {
  it('stays the source of a coordinated stance after it', () => {
    const [c] = storyClaims(
      'Menurut media pemerintah, Budi Santoso sangat terkesan dengan pabrik itu dan yakin produksinya akan naik tahun depan.',
      'id',
    );
    expect(c?.source.kind).toBe('state_media');
    expect(c?.cue).toBe('Menurut');
  });
});
