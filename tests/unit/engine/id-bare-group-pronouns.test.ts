/** "Warga berkumpul di depan balai desa. Mereka mengatakan ...": Indonesian marks no plural, so
 * a bare noun for people opening a sentence that quotes no one, or one counted by a number,
 * is the group "mereka" stands for; "ia" never is. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a bare Indonesian noun for people is a group for "mereka"', () => {
  it.each([
    [
      'Warga berkumpul di depan balai desa, Senin. || Mereka mengatakan air sudah mati sejak Jumat.',
      'anonymous',
      /^Warga/,
    ],
    [
      'Dua pejabat pelabuhan berbicara kepada wartawan, Selasa. || Mereka mengatakan dermaga akan ditutup.',
      'unnamed_official',
      /^Dua pejabat pelabuhan$/,
    ],
  ] as const)('%s', (text, kind, group) => {
    expect(lastClaim(text, 'id')?.source).toMatchObject({
      kind,
      resolvesTo: expect.stringMatching(group),
    });
  });

  it('"ia" is no group', () => {
    const claim = lastClaim(
      'Warga berkumpul di depan balai desa, Senin. || Ia mengatakan air sudah mati sejak Jumat.',
      'id',
    );
    expect(claim?.source).toMatchObject({ basis: 'pronoun/unresolved' });
  });
});
