/**
 * "An official and a trader from the Tarn valley east of Avon said": a place phrase of four
 * words between its locative and "of" (a compass word among them) still places the people
 * before it; the town after "of" is no source of its own. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('people placed by a long place phrase', () => {
  it('keep the phrase, and the official among them', () => {
    const c = last(
      'A border police official and a trader from the Tarn valley east of Avon said the bridge was shut.',
    );
    expect(c?.source.text).toMatch(/^A border police official and a trader from the Tarn valley/);
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('police placed in a city stay the police', () => {
    expect(last('Police in the port city of Avon said the bridge was shut.')?.source.kind).toBe(
      'official_body',
    );
  });
});
