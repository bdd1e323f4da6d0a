/** The whole engine on fixture articles: every expected attribution, nothing else, and the
 * report's summary, publisher and credits. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { FALLBACK_RULES, RULES } from '@/core/rules';
import { Report, SOURCE_KINDS } from '@/core/report';
import {
  EN_ARTICLE,
  EN_EXPECTED,
  ID_ARTICLE,
  ID_EXPECTED,
  type Expected,
} from './fixtures/articles';
import { testRegistry } from './helpers';
import type { ArticleInput } from '@/core/report';

function check(input: ArticleInput, expected: Expected[], lang: string) {
  const report = analyze(input, { registry: testRegistry });
  expect(Report.safeParse(report).success).toBe(true);
  expect(report.lang).toBe(lang);
  for (const e of expected) {
    const claim = report.claims.find((c) => c.sentence.includes(e.sentence));
    expect(claim, `no claim for: ${e.sentence}`).toBeDefined();
    expect(claim!.source.kind, e.sentence).toBe(e.kind);
    expect(claim!.cue, e.sentence).toBe(e.cue);
    if (e.name) expect(claim!.source.name, e.sentence).toBe(e.name);
    if (e.role) expect(claim!.source.role, e.sentence).toBe(e.role);
    if (e.resolvesTo) expect(claim!.source.resolvesTo, e.sentence).toBe(e.resolvesTo);
    if (e.via) expect(claim!.source.via, e.sentence).toBe(e.via);
    if (e.anaphoric) expect(claim!.reasons).toContain('anaphoric_claim');
  }
  // Nothing more than what is expected: no headline, byline, background or comment form.
  expect(report.claims.map((c) => c.sentence.slice(0, 60))).toHaveLength(expected.length);
  return report;
}

describe('pipeline: Indonesian article in the seed style', () => {
  const report = check(ID_ARTICLE, ID_EXPECTED, 'id');

  it('takes the previous sentence as the claim of "menyampaikan hal ini"', () => {
    const c = report.claims.find((x) => x.cue === 'menyampaikan')!;
    expect(c.claim).toBe('Vietnam akan memperluas kerja sama pertahanan dengan Rusia.');
  });

  it('flags state media, unnamed officials and hedges', () => {
    // Two claims of state media, one relayed by it (docs/attribution.md: flagged too).
    expect(report.summary.byFlag).toEqual({ state_media: 3, unnamed_source: 1, unattributed: 1 });
    expect(report.summary.flagged).toBe(5);
    for (const c of report.claims) expect(c.strength === 'weak').toBe(c.flags.length > 0);
  });

  it('records a quote relayed by a state outlet', () => {
    const c = report.claims.find((x) => x.source.via === 'Statenews')!;
    expect(c.reasons).toContain('relayed_via_state_media');
    // The speaker is the source; words that reach the article only through a state outlet
    // carry its flag (docs/attribution.md).
    expect(c.source.kind).toBe('named_person');
    expect(c.flags).toEqual(['state_media']);
    expect(c.strength).toBe('weak');
  });

  it('counts every kind, zeros included', () => {
    expect(Object.keys(report.summary.byKind).sort()).toEqual([...SOURCE_KINDS].sort());
    expect(report.summary.byKind).toMatchObject({
      named_person: 4,
      state_media: 2,
      official_body: 2,
      unnamed_official: 1,
      unattributed: 1,
      media: 0,
    });
  });

  it('keeps credits aside, with the state outlet recognised', () => {
    expect(report.credits).toEqual([
      {
        text: 'Menteri dan tamunya di pelabuhan. Statenews',
        outlet: 'statenews',
        stateMedia: true,
      },
    ]);
  });

  it('points every claim at exact text of its block', () => {
    for (const c of report.claims) {
      const block = ID_ARTICLE.blocks[c.block]!.text;
      expect(block.slice(c.offset, c.offset + c.sentence.length)).toBe(c.sentence);
    }
  });
});

describe('pipeline: English article', () => {
  const report = check(EN_ARTICLE, EN_EXPECTED, 'en');

  it('knows the publisher from its domain', () => {
    expect(report.publisher).toMatchObject({
      domain: 'dailyplanet.example',
      stateMedia: false,
      outlet: { id: 'daily-planet' },
    });
  });

  it('gives strength by the rules of attribution.md', () => {
    const by = (s: string) => report.claims.find((c) => c.sentence.includes(s))!;
    expect(by('said Tom Ferris').strength).toBe('strong');
    expect(by('according to the CDC').strength).toBe('moderate');
    expect(by('The report concluded').strength).toBe('moderate');
    expect(by('Officials, who spoke').strength).toBe('weak');
  });

  it('names the rule that found each claim', () => {
    const ids = new Set([...RULES, ...FALLBACK_RULES].map((r) => r.id));
    for (const c of report.claims) expect(ids).toContain(c.rule);
    const by = (s: string) => report.claims.find((c) => c.sentence.includes(s))!;
    expect(by('according to the CDC').rule).toBe('according-to');
  });
});

describe('pipeline: a page published by a state outlet', () => {
  it('every claim inherits state_media', () => {
    const report = analyze(
      { ...ID_ARTICLE, url: 'https://www.statenews.example/a/1' },
      { registry: testRegistry },
    );
    expect(report.publisher).toMatchObject({ domain: 'statenews.example', stateMedia: true });
    for (const c of report.claims) {
      expect(c.flags).toContain('state_media');
      expect(c.reasons).toContain('publisher_state_media');
      expect(c.strength).toBe('weak');
    }
  });
});

describe('pipeline: language and non-articles', () => {
  it('detects Indonesian text under a wrong English hint', () => {
    const report = analyze({ ...ID_ARTICLE, langHint: 'en' }, { registry: testRegistry });
    expect(report.lang).toBe('id');
  });

  it('does no analysis when the input says it is no article', () => {
    const report = analyze({ ...EN_ARTICLE, isArticle: false }, { registry: testRegistry });
    expect(report.isArticle).toBe(false);
    expect(report.claims).toEqual([]);
    expect(report.summary.claims).toBe(0);
    expect(report.requested).toBeUndefined();
  });

  it('lists claims for a declined page a person asked for, keeping the verdict', () => {
    const report = analyze(
      { ...EN_ARTICLE, isArticle: false, requested: true },
      { registry: testRegistry },
    );
    expect(report.isArticle).toBe(false);
    expect(report.requested).toBe(true);
    expect(report.claims.length).toBeGreaterThan(0);
    // An article needs no flag: the report only says "requested" when it changed the outcome.
    expect(
      analyze({ ...EN_ARTICLE, requested: true }, { registry: testRegistry }).requested,
    ).toBeUndefined();
  });

  it('an empty article is a valid report', () => {
    const report = analyze({ blocks: [] });
    expect(Report.safeParse(report).success).toBe(true);
    expect(report.summary.score).toBe(0);
  });
});
