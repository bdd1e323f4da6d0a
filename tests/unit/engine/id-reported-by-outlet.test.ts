/**
 * "Dikabarkan Statenews, ...": "dikabarkan" (reportedly) with an outlet right after it is
 * reported by that outlet, like "diberitakan" and "dilaporkan"; alone it stays a hedge.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('dikabarkan with and without an outlet', () => {
  it.each([
    ['Dikabarkan Statenews, kedua pemimpin sepakat memperluas perdagangan.'],
    ['Kedua pemimpin sepakat memperluas perdagangan, dikabarkan Statenews.'],
  ])('the outlet reports: %s', (text) => {
    const c = id(text);
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    ['Pemimpin pemberontak itu dikabarkan tewas dalam serangan udara.'],
    ['Dikabarkan, kedua pemimpin sepakat memperluas perdagangan.'],
  ])('a hedge with no outlet: %s', (text) => {
    expect(id(text)?.source.kind).toBe('unattributed');
  });
});
