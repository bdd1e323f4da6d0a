/**
 * Indonesian "menyimpulkan" (concluded) says its conclusion with or without "bahwa", as
 * English "concluded" does: a body's or an expert's finding is a claim. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('menyimpulkan as a verb of saying', () => {
  it.each([
    ['Badan Geologi menyimpulkan longsor itu dipicu hujan deras.', 'official_body'],
    ['Tim peneliti menyimpulkan bahwa air sumur warga tercemar.', 'anonymous'],
    [
      'Badan Geologi dalam keterangannya menyimpulkan longsor itu dipicu hujan deras.',
      'official_body',
    ],
  ])('%s', (text, kind) => {
    const c = lastClaim(text, 'id');
    expect(c?.cue).toBe('menyimpulkan');
    expect(c?.source.kind).toBe(kind);
  });
});
