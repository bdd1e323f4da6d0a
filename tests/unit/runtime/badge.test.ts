import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, countFlagged, severityOf } from '@/utils/badge';
import { claim, report } from './fixtures';

const ALL = ['state_media', 'unnamed_source', 'unattributed'] as const;

describe('badge', () => {
  const r = report([
    claim('c1', 'state_media', ['state_media']),
    claim('c2', 'unnamed_official', ['unnamed_source']),
    claim('c3', 'named_person', []),
    claim('c4', 'official_body', []),
    claim('c5', 'unattributed', ['unattributed']),
  ]);

  it('counts claims with at least one counted flag', () => {
    expect(countFlagged(r, ALL)).toBe(3);
    expect(countFlagged(r, ['state_media'])).toBe(1);
    expect(countFlagged(r, [])).toBe(0);
  });

  it('a claim with two counted flags counts once', () => {
    const twice = report([claim('c1', 'state_media', ['state_media', 'unnamed_source'])]);
    expect(countFlagged(twice, ALL)).toBe(1);
  });

  it('colours by the share of flagged claims', () => {
    expect(severityOf(0, 5)).toBe('none');
    expect(severityOf(2, 5)).toBe('some');
    expect(severityOf(3, 6)).toBe('most');
    expect(severityOf(5, 5)).toBe('most');
    expect(badgeFor(r, ALL)).toMatchObject({ text: '3', color: BADGE_COLORS.most, flagged: 3, claims: 5 });
    expect(badgeFor(r, ['unattributed'])).toMatchObject({ text: '1', color: BADGE_COLORS.some });
    expect(badgeFor(r, [])).toMatchObject({ text: '0', color: BADGE_COLORS.none });
  });

  it('is empty for non-articles, missing reports and articles without claims', () => {
    expect(badgeFor(null, ALL).text).toBe('');
    expect(badgeFor(report([claim('c1', 'anonymous', ['unnamed_source'])], { isArticle: false }), ALL).text).toBe('');
    expect(badgeFor(report([]), ALL).text).toBe('');
  });

  it('caps the text at four characters', () => {
    const many = report(Array.from({ length: 1200 }, (_, i) => claim(`c${i}`, 'anonymous', ['unnamed_source'])));
    expect(badgeFor(many, ALL).text).toBe('999+');
  });
});
