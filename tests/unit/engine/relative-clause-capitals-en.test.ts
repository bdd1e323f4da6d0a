/**
 * Session 13: kinds of English sources whose words hold more than the speaker. Every sentence
 * is the team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('capitals inside a relative clause name no speaker', () => {
  it.each([
    'Japan, which is in a dispute with China over the Senkaku Islands, said its navy would watch.',
    'Norway, which has long fished in the Barents Sea, said the quota was too low.',
  ])('%s', (text) => {
    expect(en(text)?.source.kind).toBe('official_body');
  });

  it('a person before the clause is still the speaker', () => {
    const c = en('Tom Arlen, who grew up near the Dunmore River, said the dam would hold.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tom Arlen' });
  });
});
