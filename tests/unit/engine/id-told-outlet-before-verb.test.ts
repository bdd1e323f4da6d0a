/**
 * Indonesian puts whom the speaker told between the speaker and the verb ("Para saksi kepada
 * Wirely menuturkan ..."): an outlet told there is the claim's `via`, an audience
 * ("kepada wartawan") is nobody's. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('an outlet told between the speaker and the verb', () => {
  it.each([
    [
      'Para saksi mata kepada Wirely menuturkan bahwa tank terlihat di jalan.',
      'anonymous',
      'Wirely',
    ],
    [
      'Seorang pejabat kepada Statenews mengatakan presiden selamat.',
      'unnamed_official',
      'Statenews',
    ],
    [
      'Menteri Luar Negeri Rina Wulandari kepada Daily Planet menegaskan WNI aman.',
      'named_person',
      'Daily Planet',
    ],
  ])('%s', (text, kind, via) => {
    const c = only(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.via).toBe(via);
  });

  it('a state outlet told flags the claim', () => {
    expect(only('Seorang pejabat kepada Statenews mengatakan presiden selamat.')?.flags).toContain(
      'state_media',
    );
  });

  it('an audience is no via', () => {
    const c = only('Budi Santoso kepada wartawan mengatakan situasi terkendali.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via ?? null).toBeNull();
  });
});
