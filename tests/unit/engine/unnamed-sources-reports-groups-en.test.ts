/**
 * English wire classes of session 10 on unnamed and institutional sources: reports nobody
 * confirmed, a body described by a participle clause before its verb, party members with a
 * relative clause, a web address as the source, a noun of reporting right before the verb,
 * and a surname first written in the possessive. Every sentence is the team's own. A
 * paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');
const claims = (text: string): Claim[] => storyClaims(text, 'en');

describe('unconfirmed reports leave a claim unattributed', () => {
  it.each([
    'Unconfirmed reports said the mayor had left the city.',
    'Unconfirmed media reports said the mayor had left the city.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
    expect(c?.claim).toBe('the mayor had left the city');
  });

  it('after the claim too', () => {
    const c = last('The mayor had left the city, unverified reports said.');
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
  });

  it('plain reports stay media', () => {
    expect(last('Local reports said the mayor had left the city.')?.source.kind).toBe('media');
  });
});

describe('a noun of reporting right before the verb is its subject', () => {
  it.each([
    ['Early reports said the ferry had run aground.', 'Early reports'],
    ['Provincial media reports say the ferry had run aground.', 'Provincial media reports'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.cue).not.toBe('reports');
    expect(c?.source).toMatchObject({ text: source, kind: 'media' });
  });

  it('"told state television" still reports', () => {
    expect(
      last('Ilse Varga, an aide to the minister, told state television the road was closed.')
        ?.source,
    ).toMatchObject({ kind: 'named_person', name: 'Ilse Varga' });
  });
});

describe('a body described by a participle clause', () => {
  it.each([
    ['A U.N. panel set up to monitor the fishing ban said the boats kept sailing.', 'A U.N. panel'],
    ['A commission created last year to review the canal said costs had doubled.', 'A commission'],
    ['A coalition led by Marovia said the strikes hit two depots.', 'A coalition'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'official_body' });
  });
});

describe('party members and legislators', () => {
  it.each([
    [
      'Republicans who backed the tariff said it would help mills.',
      'Republicans who backed the tariff',
    ],
    ['Democrats who opposed the bill said it went too far.', 'Democrats who opposed the bill'],
    ['Senators said the vote would be close.', 'Senators'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'unnamed_official' });
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe('a web address as the source', () => {
  it('lower case, after "according to"', () => {
    expect(last('The jet first flew in 2004, according to jetregister.com.')?.source).toMatchObject(
      { text: 'jetregister.com', kind: 'organization' },
    );
  });
});

describe('unnamed sources that already work stay right', () => {
  it.each<[string, Claim['source']['kind']]>([
    ['The sale had been discussed for weeks, people familiar with the matter said.', 'anonymous'],
    ['The envoy will step down, a source close to the palace said.', 'unnamed_official'],
    ['Officials who asked not to be named said the talks had failed.', 'unnamed_official'],
    ['Diplomats said the vote would slip to June.', 'unnamed_official'],
    [
      'A senior administration official said on condition of anonymity that the plan was ready.',
      'unnamed_official',
    ],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
  });
});

describe('a surname first written in the possessive', () => {
  it('"Karel Novy\'s cabinet ... || Novy said" is the person', () => {
    const found = claims(
      "The treaty was signed by Karel Novy's cabinet in May. || Novy said the treaty would stand.",
    );
    expect(found.at(-1)?.source).toMatchObject({
      text: 'Novy',
      kind: 'named_person',
      name: 'Karel Novy',
    });
  });
});

describe('a firm named alone after its place or its document', () => {
  it('a place named after the firm in passing is not a person', () => {
    const found = claims(
      'Trellmark Inc said it would close two parks. || A keeper was hurt at Trellmark Lakeside in 2019. || Trellmark also said it would open a museum.',
    );
    expect(found.at(-1)?.source.kind).toBe('organization');
  });

  it("the firm's website said before: the firm, not the document", () => {
    const found = claims(
      'Trellmark Inc runs four parks. || The tours end in May, according to the Trellmark website. || Trellmark also said it would open a museum.',
    );
    expect(found.at(-1)?.source).toMatchObject({
      kind: 'organization',
      basis: 'earlier-name/owner',
    });
  });
});

describe('more wire phrasing of institutions', () => {
  it('a long participle clause', () => {
    expect(
      last(
        'A U.N. panel set up to track fishing quotas under a treaty signed in 2009 said in a report that the quotas had failed.',
      )?.source,
    ).toMatchObject({ text: 'A U.N. panel', kind: 'official_body' });
  });

  it("two apostrophes closing a quotation: ...,'' the council said", () => {
    expect(
      last("\"This is one of many steps toward the city,'' the council said.")?.source,
    ).toMatchObject({ text: 'the council', kind: 'official_body' });
  });
});

describe('a lone name speaking of themself is a person', () => {
  it.each([
    ['"I have never seen the river this high," Velarde said.', 'Velarde'],
    ['"My shop is gone," said Okonjo.', 'Okonjo'],
  ])('%s', (text, name) => {
    expect(last(text)?.source).toMatchObject({
      kind: 'named_person',
      name,
      basis: 'lone-name/self',
    });
  });

  it('"we" says nothing of a person', () => {
    expect(last('"We will appeal," Lionfield said.')?.source.kind).toBe('organization');
  });
});

describe('a verb after a dash shares the subject of its own clause', () => {
  it('no source for "you ... and add"', () => {
    expect(
      last(
        'The panel does not help the farmers plan the season - you have to draw the plots and add "buffer rows" between them.',
      ),
    ).toBeUndefined();
  });

  it('"they ... and confirmed" is the group of that clause', () => {
    const c = last(
      'The Korvan council searched the archive with little success – they found the ledgers, and confirmed that the levy had been paid.',
    );
    expect(c?.source.text).toBe('they');
  });
});

describe('an acronym after a name with small words in it', () => {
  it('"The Federal Office for Roads and Bridges (FORB)" makes "FORB said" an official body', () => {
    const found = claims(
      'The Federal Office for Roads and Bridges (FORB) raided the depot in 2014. || But FORB said in January that it had asked the firm to explain.',
    );
    expect(found.at(-1)?.source).toMatchObject({ text: 'FORB', kind: 'official_body' });
  });
});

describe('"she said" after a quotation is the person named before it', () => {
  it('not the person named in the sentence before', () => {
    const found = claims(
      'City Comptroller Dana Ruiz criticised the plan. || Greta Holm will "keep fighting for what is right," she said in a statement.',
    );
    expect(found.at(-1)?.source).toMatchObject({
      text: 'she',
      kind: 'named_person',
      name: 'Greta Holm',
      basis: 'pronoun/sentence-subject',
    });
  });
});

describe('a negated subject says nothing', () => {
  it.each([
    'Neither Kelvan nor Brightwave explained why the chief left.',
    'No official said when the road would reopen.',
  ])('%s', (text) => {
    expect(last(text)).toBeUndefined();
  });
});

describe('more verbs of saying', () => {
  it.each<[string, string]>([
    ['Critics are arguing that the levy should go.', 'are arguing'],
    ['Later, by email, Ana Ruiz elaborated that the deal was not final.', 'elaborated'],
    ['"We will try again next year," Ana Ruiz continued.', 'continued'],
  ])('%s', (text, cue) => {
    expect(last(text)?.cue).toBe(cue);
  });

  it('"continued" with an object is a deed', () => {
    expect(last('In its old shell, it continued its wait for the tide.')).toBeUndefined();
  });

  it('"posted" with an object is a deed, "posted to" its site reports', () => {
    expect(last('On Friday, Ana Ruiz posted an image of the harbour at dawn.')).toBeUndefined();
    expect(last('Sales rose by a third, the company posted to its blog.')?.source.text).toBe(
      'the company',
    );
  });
});

describe('"some in" a body are its people', () => {
  it.each<[string, Claim['source']['kind']]>([
    ['Some in the party argue that the tax should go.', 'unnamed_official'],
    ['Some in the company say the plant will close.', 'anonymous'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source).toMatchObject({ kind, basis: 'lexicon-head/some-in' });
  });
});

describe('a lone name found inside an unnamed source', () => {
  it('"analysts at Keswick" make "Keswick said" the firm', () => {
    const found = claims(
      'Demand will fall, analysts at Keswick said. || Keswick said a tenth of sales could go.',
    );
    expect(found.at(-1)?.source).toMatchObject({
      kind: 'organization',
      basis: 'earlier-name/employer',
    });
  });

  it('the name a description ends with is the person', () => {
    const found = claims(
      'Demand was weak, Keswick analysts Dana Pryor wrote. || "It was a hard quarter," Pryor said.',
    );
    expect(found.at(-1)?.source).toMatchObject({ kind: 'named_person', name: 'Dana Pryor' });
  });
});

describe('a daily newspaper', () => {
  it.each([
    ['The plant will close, the Kessling business daily reported.', 'the Kessling business daily'],
    ['The plant will close, said the financial daily.', 'the financial daily'],
  ])('%s', (text, source) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind: 'media' });
  });
});

describe('more words for government bodies and emergency workers', () => {
  // "presidency" (a term of office) and "side(s)" ("media on both sides said") are left out:
  // they took the place of the real source.
  it.each<[string, string, Claim['source']['kind']]>([
    ['The strike hit a market, the junta said.', 'the junta', 'official_body'],
    ['Two homes burned, the fire brigade said.', 'the fire brigade', 'official_body'],
    ['Two homes burned, the emergency services said.', 'the emergency services', 'official_body'],
    ['Two people were hurt, paramedics said.', 'paramedics', 'anonymous'],
  ])('%s', (text, source, kind) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind });
  });
});

describe('one member, one insider', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'The deal is close, a member of the ruling party said.',
      'a member of the ruling party',
      'unnamed_official',
    ],
    [
      'The deal is close, a member of the negotiating team said.',
      'a member of the negotiating team',
      'anonymous',
    ],
    ['The deal is close, a company insider said.', 'a company insider', 'anonymous'],
    [
      'The deal is close, a person briefed on the talks said.',
      'a person briefed on the talks',
      'anonymous',
    ],
    ['The deal is close, EU member states said.', 'EU member states', 'official_body'],
  ])('%s', (text, source, kind) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind });
  });
});

describe('"was keen to stress that": the subject says it', () => {
  it.each<[string, string]>([
    ['Later, Ana Ruiz was keen to stress that the lab was independent.', 'Ana Ruiz'],
    ['The ministry was quick to deny that troops had crossed.', 'The ministry'],
  ])('%s', (text, source) => {
    expect(last(text)?.source.text).toBe(source);
  });

  it('a plain infinitive is still no cue', () => {
    expect(last('The ministry plans to deny the permit next week.')).toBeUndefined();
  });
});

describe('"as documented in a study"', () => {
  it.each<[string, Claim['source']['kind']]>([
    ['The dye can stain the liver, as documented in a study from Lakeview University.', 'document'],
    ['The dye can stain the liver, as shown in a 2019 study.', 'document'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });

  it('"cases reported in Texas" is no source', () => {
    expect(last('There were ten cases reported in Texas last year.')).toBeUndefined();
  });
});

describe('unconfirmed reports in other shapes', () => {
  it.each([
    'The mayor had left the city, according to unconfirmed reports.',
    'There were unconfirmed reports that the mayor had left the city.',
    'Unconfirmed reports on social media said the mayor had left the city.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('unattributed');
  });
});

describe('a body of people is the body', () => {
  it('"A U.N. panel of experts set up to ..."', () => {
    expect(
      last(
        'A U.N. panel of experts set up to monitor the fishing ban said in a report that the boats kept sailing.',
      )?.source,
    ).toMatchObject({ text: 'A U.N. panel of experts', kind: 'official_body' });
  });
});
