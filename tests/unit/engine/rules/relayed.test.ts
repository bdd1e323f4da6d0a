import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { relayed, relayedRefiner } from '@/core/rules/relayed';
import { speakerVerb } from '@/core/rules/speaker-verb';
import { verbSpeaker } from '@/core/rules/verb-speaker';
import { ctx, run, storyClaims, testRegistry } from '../helpers';
import type { Rule } from '@/core/rules';

function kept(rule: Rule, text: string, lang: 'en' | 'id') {
  const c = ctx(text, lang);
  const all = [rule, relayed].flatMap((r) => r.find(c));
  const first = all.find((x) => x.rule === rule.id);
  if (!first) throw new Error(`no ${rule.id} candidate in: ${text}`);
  return relayedRefiner.refine(c, first, all);
}

describe('relayed', () => {
  it('the outlet is the source when no speaker is named', () => {
    expect(run(relayed, 'Dilansir dari Wirely, pabrikan itu memangkas produksi.', 'id')).toEqual([
      ['Dilansir dari', 'media', 'Wirely'],
    ]);
    expect(run(relayed, 'Seperti dikutip dari Statenews, harga naik.', 'id')).toEqual([
      ['Seperti dikutip dari', 'state_media', 'Statenews'],
    ]);
  });

  it('"X told Wirely": the speaker is the source, the outlet relays', () => {
    const c = kept(speakerVerb, 'Marta Quell told Wirely that she was surprised.', 'en');
    expect(c.source.kind).toBe('named_person');
    expect(c.via).toBe('Wirely');
    expect(c.reasons).toContain('relayed_via_media');
  });

  it('"kata X ..., dikutip dari Statenews": relayed by a state outlet', () => {
    const c = kept(
      verbSpeaker,
      '"Bank bisa segera bergerak," kata Ketua OJK Hadi Santoso dikutip dari Statenews, Senin.',
      'id',
    );
    expect(c.source).toMatchObject({ kind: 'named_person', name: 'Hadi Santoso' });
    expect(c.via).toBe('Statenews');
    expect(c.viaOutlet).toBe('statenews');
    expect(c.reasons).toContain('relayed_via_state_media');
  });

  it('"ujar Lestari kepada surat kabar Daily Planet"', () => {
    const c = kept(
      verbSpeaker,
      '"Kami harus melakukannya," ujar Lestari kepada surat kabar Daily Planet.',
      'id',
    );
    expect(c.via).toBe('Daily Planet');
  });

  it('"told her" / "told cops" is no relay', () => {
    expect(
      kept(speakerVerb, 'Rosa told cops the bike was stolen from her yard.', 'en').via,
    ).toBeUndefined();
  });

  it('after "dikutip dari" a title the registry does not know is still an outlet', () => {
    expect(run(relayed, 'Dikutip dari The Harbour Ledger, harga ikan naik tajam.', 'id')).toEqual([
      ['Dikutip dari', 'media', 'The Harbour Ledger'],
    ]);
    expect(run(relayed, 'Seperti dilansir sebelumnya, harga naik.', 'id')).toEqual([]);
  });

  it('no outlet named: no relay candidate', () => {
    expect(
      run(relayed, 'Dilansir dari ,, Kamis (14/3/2024), koperasi itu menaikkan harga gabah.', 'id'),
    ).toEqual([]);
  });
});

describe('relayed: the outlet and the claim', () => {
  it.each([
    ['Dilansir Statenews, Kim Jong Un mengunjungi pabrik.', 'Dilansir'],
    ['Seperti dilaporkan Statenews, Kim Jong Un mengunjungi pabrik.', 'Seperti dilaporkan'],
  ])('%s: the outlet is no part of the claim', (text, cue) => {
    const report = analyze(
      { blocks: [{ type: 'p', text }] },
      { lang: 'id', registry: testRegistry },
    );
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({
      cue,
      source: { kind: 'state_media', text: 'Statenews' },
      claim: 'Kim Jong Un mengunjungi pabrik',
    });
  });

  it('one cue has one source: a second reading of the same cue relays nothing', () => {
    const text =
      'A senior official, speaking on condition of anonymity, said the plan listed five ports.';
    const c = kept(speakerVerb, text, 'en');
    const raw = [speakerVerb, verbSpeaker, relayed].flatMap((r) => r.find(ctx(text, 'en')));
    // verb-speaker steps aside after the subject's appositive; a second reading of the same
    // cue (its object read as a document) is written here to check the refiner alone.
    expect(raw.some((x) => x.rule === 'verb-speaker')).toBe(false);
    const first = raw.find((x) => x.rule === 'speaker-verb');
    if (!first) throw new Error('no speaker-verb candidate');
    const second = {
      ...first,
      rule: 'verb-speaker',
      rank: 2 as const,
      source: { ...first.source, text: 'the plan', kind: 'document' as const },
    };
    expect(relayedRefiner.refine(ctx(text, 'en'), c, [...raw, second]).via).toBeUndefined();
  });
});

describe('relayed: outlets a speaker spoke through, and citations', () => {
  const one = (text: string, lang: 'en' | 'id' = 'en') => {
    const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
    expect(report.claims).toHaveLength(1);
    return report.claims[0]!;
  };

  it.each([
    ['The mayor told Wirely the port would reopen.', 'Wirely', 'the port would reopen'],
    ['The mayor told state media the port would reopen.', 'state media', 'the port would reopen'],
    [
      'The mayor told Wirely on Friday that the port would reopen.',
      'Wirely',
      'the port would reopen',
    ],
    [
      '"The port will reopen," the mayor said on state television.',
      'state television',
      'The port will reopen',
    ],
  ])('%s: the outlet is via, no part of the claim', (text, via, claim) => {
    const c = one(text);
    expect(c.source.via).toBe(via);
    expect(c.claim).toBe(claim);
  });

  it('"told reporters": an audience, no outlet and no part of the claim', () => {
    const c = one('Port officials told reporters the ferry would sail.');
    expect(c.source.via).toBeNull();
    expect(c.claim).toBe('the ferry would sail');
  });

  it('"in a statement carried by" a state outlet: the speaker is the source, flagged', () => {
    const c = one(
      'In a statement carried by Statenews, the ministry said the drills were defensive.',
    );
    expect(c.source).toMatchObject({
      kind: 'official_body',
      text: 'the ministry',
      via: 'Statenews',
    });
    expect(c.flags).toEqual(['state_media']);
  });

  it.each([
    [
      'Statenews, citing an unnamed official, said the plant would reopen.',
      'the plant would reopen',
    ],
    ['The plant will reopen, Statenews said, citing an unnamed official.', 'The plant will reopen'],
    [
      'Statenews said, citing an unnamed official, that the plant would reopen.',
      'the plant would reopen',
    ],
  ])('%s: the cited source speaks through the outlet', (text, claim) => {
    const c = one(text);
    expect(c.source).toMatchObject({
      kind: 'unnamed_official',
      text: 'an unnamed official',
      via: 'Statenews',
    });
    expect(c.claim).toBe(claim);
    expect(c.flags).toEqual(['unnamed_source', 'state_media']);
  });

  it('"said on Sunday, citing ...": the citation may trail the verb; the outlet stays a referent', () => {
    const report = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'State TV said on Sunday, citing army statements, that the town was taken. The TV said the army had advanced.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(report.claims).toHaveLength(2);
    expect(report.claims[0]).toMatchObject({
      claim: 'the town was taken',
      source: { via: 'State TV' },
      flags: ['state_media'],
    });
    expect(report.claims[1]!.source.kind).toBe('state_media');
  });

  it('a speaker that is no outlet, citing a document, is the source', () => {
    const c = one('The ministry, citing a new survey, said the plant would reopen.');
    expect(c.source).toMatchObject({ kind: 'official_body', text: 'The ministry' });
    expect(c.claim).toBe('the plant would reopen');
  });

  it('a claim that a wire carries too is not flagged', () => {
    const c = one('Wirely and state media reported that the talks had stalled.');
    expect(c.flags).not.toContain('state_media');
  });
});

describe('relayed: the speaker after an outlet the article cites', () => {
  it.each([
    [
      'Citing Statenews, Foreign Minister Arman Lutfi said the talks had failed.',
      'Foreign Minister Arman Lutfi',
    ],
    [
      'President Arman Lutfi, as quoted by Statenews, said the border would stay shut.',
      'President Arman Lutfi',
    ],
  ])('%s', (text, speaker) => {
    const [claim] = storyClaims(text, 'en');
    expect(claim?.source.text).toBe(speaker);
    expect(claim?.source.via).toBe('Statenews');
    expect(claim?.flags).toContain('state_media');
  });
});

describe('relayed: the outlet set off around the speaker or after an occasion', () => {
  it.each([
    ['Deputy Minister Anna Ross, cited by Statenews, said the talks would resume.', 'Statenews'],
    ['Deputy Minister Anna Ross, quoted by Statenews, said the talks would resume.', 'Statenews'],
    [
      'Deputy Minister Anna Ross, speaking on state television, said the talks would resume.',
      'state television',
    ],
    [
      'Deputy Minister Anna Ross said in a short speech on state television that talks would resume.',
      'state television',
    ],
    [
      'Deputy Minister Anna Ross said during a late broadcast on state television that talks would resume.',
      'state television',
    ],
  ])('%s', (text, via) => {
    const [claim] = storyClaims(text, 'en');
    expect(claim?.source.text).toBe('Deputy Minister Anna Ross');
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
  });

  it('"speaking on condition of anonymity" is no relay: the aside stays with its speaker', () => {
    const [claim] = storyClaims(
      'Two senior officials, speaking on condition of anonymity, said the strike was planned.',
      'en',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.via ?? null).toBeNull();
  });

  it.each([
    // A date after the verb is no carrier.
    ['The envoy Anna Berg said on Thursday the agreement was holding.', 'named_person'],
    // A cue whose subject opens the claim is the speaker's to report; nothing relays.
    [
      'Mayor Tom Rijk said television footage of the market suggested the dam failed.',
      'named_person',
    ],
    [
      'Aerial footage of the valley showed the dam had failed, Mayor Tom Rijk said.',
      'named_person',
    ],
    ['Prosecutors denied media reports that the guard had lost his badge.', 'official_body'],
  ])('no via: %s', (text, kind) => {
    const [claim] = storyClaims(text, 'en');
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.via ?? null).toBeNull();
  });

  it('a statement the speaker spoke in still carries the words', () => {
    const [claim] = storyClaims(
      'The company "found no fault in the audit," Dana Lee said in a statement posted on its website.',
      'en',
    );
    expect(claim?.source.via).toBeTruthy();
  });

  it('a name told before a clause is who was told, not a carrier with the claim in it', () => {
    const [claim] = storyClaims('Marta Quell told Tom Zeta the plan would fail.', 'en');
    expect(claim?.source.via ?? null).toBeNull();
    expect(claim?.claim).toBe('the plan would fail');
  });

  it.each([
    [
      'In an email to Wirely, a spokeswoman for the retailer said the recall was voluntary.',
      'a spokeswoman for the retailer',
      'Wirely',
    ],
    ['In comments to Wirely, Dana Lee said the plan was legal.', 'Dana Lee', 'Wirely'],
    [
      'The ministry, in a brief statement to Wirely, said the plan was legal.',
      'The ministry',
      'Wirely',
    ],
    // Sent to no outlet: nothing relays.
    [
      'In a letter to shareholders, the chief executive said profits would rise.',
      'the chief executive',
      null,
    ],
  ])('an occasion sent to an outlet: %s', (text, source, via) => {
    const [claim] = storyClaims(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.via ?? null).toBe(via);
  });

  it("a quotation's first word opens no phrase of the sentence", () => {
    const [claim] = storyClaims('"For now it works," Dana Lee, manager of the depot, said.', 'en');
    expect(claim?.source.text).toBe('Dana Lee, manager of the depot');
  });
});
