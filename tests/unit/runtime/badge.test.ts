import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, CHECKED_MARK, countFlagged, severityOf } from '@/utils/badge';
import { createT } from '@/utils/i18n';
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
    expect(badgeFor(r, ALL)).toMatchObject({
      text: '3',
      color: BADGE_COLORS.most,
      flagged: 3,
      claims: 5,
    });
    expect(badgeFor(r, ['unattributed'])).toMatchObject({ text: '1', color: BADGE_COLORS.some });
    expect(badgeFor(r, [])).toMatchObject({ text: CHECKED_MARK, color: BADGE_COLORS.none });
  });

  it('never shows "0": a checked article without weak claims gets a check mark and says so', () => {
    const clean = report([claim('c1', 'named_person', []), claim('c2', 'official_body', [])]);
    const look = badgeFor(clean, ALL);
    expect(look.text).toBe(CHECKED_MARK);
    expect(look.text).not.toBe('0');
    expect(look.title).toBe('Sumber: checked, none of the 2 claims rests on weak sourcing');
  });

  it('has a tooltip saying what the number counts, in the chosen language, singular and plural', () => {
    expect(badgeFor(r, ALL).title).toBe(
      'Sumber: 3 of 5 claims rest on weak sourcing (state media, unnamed or no source)',
    );
    expect(badgeFor(r, ['unattributed']).title).toBe(
      'Sumber: 1 of 5 claims rests on weak sourcing (state media, unnamed or no source)',
    );
    const id = badgeFor(r, ALL, createT('id')).title;
    expect(id).toContain('3 dari 5 klaim');
    expect(badgeFor(null, ALL, createT('id')).title).toBe('Sumber');
    expect(badgeFor(report([]), ALL).title).toMatch(/no attributed claims/);
  });

  it('is empty for non-articles, missing reports and articles without claims', () => {
    expect(badgeFor(null, ALL).text).toBe('');
    expect(
      badgeFor(report([claim('c1', 'anonymous', ['unnamed_source'])], { isArticle: false }), ALL)
        .text,
    ).toBe('');
    expect(badgeFor(report([]), ALL).text).toBe('');
  });

  it('counts a declined page the reader asked to analyse', () => {
    const asked = report([claim('c1', 'anonymous', ['unnamed_source'])], {
      isArticle: false,
      requested: true,
    });
    expect(badgeFor(asked, ALL)).toMatchObject({ text: '1', flagged: 1, claims: 1 });
  });

  it('caps the text at four characters', () => {
    const many = report(
      Array.from({ length: 1200 }, (_, i) => claim(`c${i}`, 'anonymous', ['unnamed_source'])),
    );
    expect(badgeFor(many, ALL).text).toBe('999+');
  });
});
