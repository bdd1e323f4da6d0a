import { describe, expect, it } from 'vitest';
import { REASONS, SOURCE_KINDS } from '@/core/report';
import { judge, SCORE_FORMULA, SCORE_POINTS, sourcingScore, summarize } from '@/core/scoring';
import type { FoundSource } from '@/core/source';

const src = (kind: FoundSource['kind'], extra: Partial<FoundSource> = {}): FoundSource => ({
  text: 'x', kind, name: null, role: null, outlet: null, resolvesTo: null, reasons: [], ...extra,
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
    expect(judge(src('named_person', { name: 'A B', role: 'minister' }), false, true).flags).toEqual(['state_media']);
  });

  it('only uses known reason ids', () => {
    for (const kind of SOURCE_KINDS) for (const r of judge(src(kind), true).reasons) expect(REASONS).toContain(r);
  });
});

describe('score', () => {
  it('is the average of the points, rounded', () => {
    expect(sourcingScore([])).toBe(0);
    expect(sourcingScore(['strong'])).toBe(SCORE_POINTS.strong);
    expect(sourcingScore(['strong', 'weak'])).toBe(Math.round((SCORE_POINTS.strong + SCORE_POINTS.weak) / 2));
    expect(sourcingScore(['weak', 'weak', 'moderate'])).toBe(Math.round((2 * SCORE_POINTS.weak + SCORE_POINTS.moderate) / 3));
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
    expect(s).toMatchObject({ claims: 2, flagged: 1, byKind: { state_media: 1, named_person: 1, media: 0 }, byFlag: { state_media: 1, unnamed_source: 0, unattributed: 0 } });
  });
});
