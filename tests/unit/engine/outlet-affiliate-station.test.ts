/**
 * "Harlow Daily Planet television affiliate KHAR quoted ...": a network the registry knows,
 * then a word for an outlet and another name in capitals, is the network's local station,
 * the carrier of the words; the network is not. A state network's station stays the
 * network's (the registry's fact). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe("a network's station quoting a speaker", () => {
  it('the station carries the words', () => {
    const c = lastClaim(
      'Harlow Wirely television affiliate KHAR quoted firefighters as saying the blaze started in a kitchen.',
      'en',
    );
    expect(c?.claim).toBe('the blaze started in a kitchen');
    expect(c?.source.via).toBe('Harlow Wirely television affiliate KHAR');
    expect(c?.flags).not.toContain('state_media');
  });

  it('a state network stays the carrier', () => {
    const c = lastClaim(
      'Harlow Statenews television affiliate KHAR quoted firefighters as saying the blaze started in a kitchen.',
      'en',
    );
    expect(c?.flags).toContain('state_media');
  });

  it('the network alone is the carrier', () => {
    const c = lastClaim(
      'Wirely quoted firefighters as saying the blaze started in a kitchen.',
      'en',
    );
    expect(c?.source.via).toBe('Wirely');
  });
});
