import { describe, expect, it } from 'vitest';
import { REASONS, SOURCE_KINDS } from '@/core/report';
import {
  judge,
  SCORE_FORMULA,
  SCORE_POINTS,
  scoreParts,
  sourceKey,
  sourcingScore,
  summarize,
} from '@/core/scoring';
import type { FoundSource } from '@/core/source';

const src = (kind: FoundSource['kind'], extra: Partial<FoundSource> = {}): FoundSource => ({
  text: 'x',
  kind,
  name: null,
  role: null,
  outlet: null,
  resolvesTo: null,
  reasons: [],
  ...extra,
});

describe('judge', () => {
  it.each([
    [src('named_person', { name: 'A B', role: 'minister' }), [], 'strong', ['named_with_role']],
    [src('named_person', { name: 'A B' }), [], 'moderate', ['named_no_role']],
    [src('document', { text: 'the 2015 White House report' }), [], 'strong', ['named_document']],
    [src('document', { text: 'a report' }), [], 'moderate', ['unnamed_document']],
    [src('official_body'), [], 'moderate', ['institution']],
    [src('organization'), [], 'moderate', ['institution']],
    [src('media'), [], 'moderate', ['institution']],
    [src('state_media'), ['state_media'], 'weak', ['state_media_only']],
    [src('unnamed_official'), ['unnamed_source'], 'weak', ['unnamed_official']],
    [src('anonymous'), ['unnamed_source'], 'weak', ['anonymous_source']],
    [src('unattributed'), ['unattributed'], 'weak', ['hedged_no_source']],
  ] as const)('%o', (source, flags, strength, reasons) => {
    expect(judge(source, false)).toEqual({ flags, strength, reasons });
  });

  it('a state-controlled publisher flags every claim', () => {
    const j = judge(src('named_person', { name: 'A B', role: 'minister' }), true);
    expect(j.flags).toEqual(['state_media']);
    expect(j.strength).toBe('weak');
    expect(j.reasons).toContain('publisher_state_media');
  });

  it('words relayed only by state media carry the state_media flag, whoever spoke', () => {
    const j = judge(src('unnamed_official'), false, true);
    expect(j.flags).toEqual(['unnamed_source', 'state_media']);
    expect(j.strength).toBe('weak');
    expect(
      judge(src('named_person', { name: 'A B', role: 'minister' }), false, true).flags,
    ).toEqual(['state_media']);
  });

  it('only uses known reason ids', () => {
    for (const kind of SOURCE_KINDS)
      for (const r of judge(src(kind), true).reasons) expect(REASONS).toContain(r);
  });
});

describe('score', () => {
  it('is the average of the points, rounded', () => {
    expect(sourcingScore([])).toBe(0);
    expect(sourcingScore(['strong'])).toBe(SCORE_POINTS.strong);
    expect(sourcingScore(['strong', 'weak'])).toBe(
      Math.round((SCORE_POINTS.strong + SCORE_POINTS.weak) / 2),
    );
    expect(sourcingScore(['weak', 'weak', 'moderate'])).toBe(
      Math.round((2 * SCORE_POINTS.weak + SCORE_POINTS.moderate) / 3),
    );
  });

  it('the formula text states the points the code uses, in both languages', () => {
    for (const text of [SCORE_FORMULA.en, SCORE_FORMULA.id]) {
      for (const p of Object.values(SCORE_POINTS)) expect(text).toContain(String(p));
    }
  });

  it('summarize counts kinds (all nine) and flags', () => {
    const s = summarize([
      { source: { kind: 'state_media' }, flags: ['state_media'], strength: 'weak' },
      { source: { kind: 'named_person' }, flags: [], strength: 'strong' },
    ]);
    expect(Object.keys(s.byKind)).toHaveLength(9);
    expect(s).toMatchObject({
      claims: 2,
      flagged: 1,
      byKind: { state_media: 1, named_person: 1, media: 0 },
      byFlag: { state_media: 1, unnamed_source: 0, unattributed: 0 },
    });
  });

  it('counts independent sources: a pronoun is whoever it points to, a hedge is no source', () => {
    const person = (text: string, resolvesTo: string | null = null) => ({
      kind: 'named_person' as const,
      text,
      name: resolvesTo ? null : text,
      outlet: null,
      resolvesTo,
    });
    expect(sourceKey(person('Maya Putri'))).toBe(sourceKey(person('-nya', 'Maya Putri')));
    expect(sourceKey({ kind: 'unattributed', text: '' })).toBeNull();
    const parts = scoreParts([
      { source: person('Maya Putri'), strength: 'strong' },
      { source: person('she', 'Maya Putri'), strength: 'strong' },
      { source: { kind: 'unattributed', text: '' }, strength: 'weak' },
    ]);
    expect(parts.sources).toBe(1);
  });

  it('one voice repeated is not well sourced: 17 of 18 strong claims from one person', () => {
    const one = { kind: 'named_person' as const, text: 'Rina Wulandari', name: 'Rina Wulandari' };
    const other = { kind: 'named_person' as const, text: 'Tom Baker', name: 'Tom Baker' };
    const claims = [
      ...Array.from({ length: 17 }, () => ({ source: one, strength: 'strong' as const })),
      { source: other, strength: 'strong' as const },
    ];
    const parts = scoreParts(claims);
    expect(parts.quality).toBe(100);
    expect(parts.sources).toBe(2);
    // breadth 2/3, balance 1 - (17/18 - 1/2)
    expect(parts.score).toBe(Math.round(100 * (2 / 3) * (1 - (17 / 18 - 0.5))));
    expect(parts.score).toBeLessThan(40);
    expect(summarize(claims.map((c) => ({ ...c, flags: [] }))).sources).toBe(2);
  });

  it('three or more balanced sources keep the full quality', () => {
    const claims = ['A One', 'B Two', 'C Three'].map((name) => ({
      source: { kind: 'named_person' as const, text: name, name },
      strength: 'moderate' as const,
    }));
    expect(scoreParts(claims)).toMatchObject({
      quality: 60,
      sources: 3,
      breadth: 1,
      balance: 1,
      score: 60,
    });
    expect(scoreParts(claims.slice(0, 1)).score).toBe(20);
  });

  it('the formula text names breadth and balance in both languages', () => {
    expect(SCORE_FORMULA.en).toMatch(/independent sources/);
    expect(SCORE_FORMULA.id).toMatch(/sumber independen/);
  });
});
