/**
 * English wire-copy classes of session 6: an occasion between a source and its verb, label
 * verbs ("called X a Y", "dismissed X as Y"), speakers reached through an outlet's participle
 * ("economists polled by the wire"), and "it" after an institution that opened a sentence with no claim.
 * Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const claims = (text: string): Claim[] => storyClaims(text, 'en');

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('an occasion between the source and its verb is no part of the source', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'The port authority in a statement said the pier would reopen.',
      'The port authority',
      'official_body',
    ],
    [
      'The port authority, in a statement, said the pier would reopen.',
      'The port authority',
      'official_body',
    ],
    [
      'Okafor, the harbour master, at a news conference on Monday said the pier would reopen.',
      'Okafor, the harbour master',
      'named_person',
    ],
    [
      'Deputy mayor Lena Brandt in an interview with local radio said the pier would reopen.',
      'Deputy mayor Lena Brandt',
      'named_person',
    ],
    [
      'The regulator in a written statement on Tuesday said fees were too high.',
      'The regulator',
      'official_body',
    ],
  ])('%s', (text, source, kind) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind });
  });

  it('a place after the source is still part of it', () => {
    expect(
      last('Officials at the weather service said the storm had weakened.')?.source,
    ).toMatchObject({
      text: 'Officials at the weather service',
      kind: 'unnamed_official',
    });
  });
});

describe('label verbs report words only with a label after their object', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'The envoy Rafael Sousa called the general\'s sudden offer a "real opening" for talks.',
      'called',
      'named_person',
    ],
    [
      'Park officials called the decision to close the trail a painful but needed step.',
      'called',
      'unnamed_official',
    ],
    [
      'The foreign ministry dismissed the report as a fabrication meant to stir unrest.',
      'dismissed',
      'official_body',
    ],
    [
      'The interior ministry dismissed the charges as "baseless" on Sunday.',
      'dismissed',
      'official_body',
    ],
    [
      'Grenmark dismissed the idea that it would sell its shipping arm.',
      'dismissed',
      'organization',
    ],
  ])('%s', (text, cue, kind) => {
    expect(last(text)).toMatchObject({ cue, source: { kind } });
  });

  it.each([
    'The premier dismissed her cabinet on Thursday.',
    'The governor called an election for June.',
    'He called the vote under pressure from his party and an increasingly loud opposition.',
    'After twelve hours on the ice, the crew called it a day.',
    'Critics dismissed the plan as the vote neared.',
  ])('an act, no attribution: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('a bare object before a participle leaves the cue to the participle', () => {
    expect(
      last('The appeals court dismissed the suit, saying the firm had waited too long to file it.'),
    ).toMatchObject({ cue: 'saying', source: { kind: 'official_body' } });
  });

  it('a thing called by its name still reports nothing', () => {
    expect(claims('The city uses a database called "Harbor Watch" to track ships.')).toEqual([]);
  });
});

describe('a speaker reached through an outlet (participle with "by")', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'Economists polled by Wirely said growth would slow in the second half.',
      'Wirely',
      'anonymous',
    ],
    [
      'Dock workers interviewed by the Daily Planet said the cranes had been idle for weeks.',
      'Daily Planet',
      'anonymous',
    ],
    [
      'Two ministry sources contacted by Wirely said the tender would be delayed.',
      'Wirely',
      'unnamed_official',
    ],
  ])('%s', (text, via, kind) => {
    expect(last(text)?.source).toMatchObject({ kind, via });
  });

  it('through state media, the claim is flagged', () => {
    const claim = last('Farmers interviewed by Statenews said the harvest had doubled.');
    expect(claim?.source).toMatchObject({ kind: 'anonymous', via: 'Statenews' });
    expect(claim?.flags).toContain('state_media');
  });

  it('a document only carried by state media speaks through it', () => {
    const c = last('"We will answer any attack," the statement carried by Statenews said.');
    expect(c?.source).toMatchObject({ kind: 'document', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });
});

describe('"it" after an institution that opened a sentence with no claim', () => {
  it('points to that institution, not an older outlet', () => {
    const text =
      'The shipping firm would appeal, the Harbor Gazette reported. || The Maritime Safety Agency published new rules in May to curb night sailing. || "The rules will save lives," it said.';
    expect(last(text)?.source).toMatchObject({ text: 'it', kind: 'official_body' });
  });

  it('a sentence with a claim keeps its speaker as the referent', () => {
    const text =
      'Statenews said the border post was shelled. || The Defence Ministry of Valdoria blamed rebels for the attack, Statenews reported. || Two guards were wounded, it said.';
    expect(last(text)?.source.kind).toBe('state_media');
  });
});

describe('a source written with where it stood', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'A Wirely reporter at the scene said the roof had caved in.',
      'A Wirely reporter at the scene',
      'media',
    ],
    [
      'A Wirely witness near the main gate said guards fired into the air.',
      'A Wirely witness near the main gate',
      'media',
    ],
    [
      'A Wirely TV crew on the far bank said the ferry had capsized.',
      'A Wirely TV crew on the far bank',
      'media',
    ],
    [
      'A witness near the main gate said guards fired into the air.',
      'A witness near the main gate',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    expect(last(text)?.source).toMatchObject({ text: source, kind });
  });

  it.each([
    'The ruling angered some farmers from southern states, who argue that the levy is unfair.',
    'Though no state of war was ever formally declared, the two towns stopped trading.',
  ])('no place phrase without a determiner: %s', (text) => {
    expect(claims(text).map((c) => c.cue)).not.toContain('states');
    expect(claims(text).map((c) => c.cue)).not.toContain('declared');
  });
});

describe('a named person inside an institution phrase', () => {
  it.each([
    'Army Colonel Dana Whitfield said the convoy had turned back.',
    'Navy Captain Omar Reyes said the ship was towed to port.',
    'Air Force Major General Ines Kowalczyk said the runway was repaired.',
    "The ministry's Lena Brandt said the talks would resume.",
    "The Harbor Authority's Tomas Ek said the pier would reopen.",
    "The company's Priya Nair said orders had doubled.",
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('named_person');
  });

  it.each<[string, Claim['source']['kind']]>([
    ["Ruritania's Defence Ministry said the jets returned to base.", 'official_body'],
    ['A colonel in the army said the convoy had turned back.', 'unnamed_official'],
  ])('no name, no person: %s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });
});

describe('"attributed X to Y" and "blamed X on Y" state a cause as the source sees it', () => {
  it.each<[string, string, Claim['source']['kind']]>([
    [
      'Statenews attributed the drop in exports to "hostile sanctions".',
      'attributed',
      'state_media',
    ],
    ['The port authority blamed the delays on a shortage of pilots.', 'blamed', 'official_body'],
    ['The cabinet has blamed smugglers for the rise in fuel prices.', 'blamed', 'official_body'],
    [
      'Depositors contacted by Wirely attributed their losses to bad advice.',
      'attributed',
      'anonymous',
    ],
  ])('%s', (text, cue, kind) => {
    expect(last(text)).toMatchObject({ cue, source: { kind } });
  });

  it.each([
    'A fire blamed on faulty wiring destroyed the market.',
    'The poem was long attributed to a monk.',
    'The slogan, attributed to a union leader, spread quickly.',
    'Three deaths were blamed on the heat wave.',
  ])('a passive with no agent is no attribution: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('wire-copy institutions and outlets as sources', () => {
  it.each([
    'The coalition said its jets struck three bridges overnight.',
    'The ruling coalition said it would back the budget.',
  ])('a coalition speaks as an official body: %s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it.each([
    'State television broadcast footage of the minister touring the flooded district.',
    'State television aired pictures of crowds gathering outside the palace.',
    'Statenews showed video of the new bridge opening.',
  ])('state media showing footage is the source: %s', (text) => {
    expect(last(text)?.source.kind).toBe('state_media');
    expect(last(text)?.flags).toContain('state_media');
  });

  it('broadcasting an event is no attribution', () => {
    expect(claims('The channel broadcast the final live from the stadium.')).toEqual([]);
  });
});

describe('social media is people posting, not a news outlet', () => {
  it.each([
    'Messages posted on social media accused the council of hiding the leak.',
    'Social media users said the photo had been doctored.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });

  it('local media are still media', () => {
    expect(last('Local media said the ferry had been overloaded.')?.source.kind).toBe('media');
  });
});

describe('a speaker after the verb who hands over a name', () => {
  it.each([
    '"The stairs just gave way," said a porter who gave his name as Idris.',
    '"We heard a boom," said a 60-year-old baker who gave only her first name, Marisol.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('named_person');
  });

  it('a pronoun after them points to that person', () => {
    const text =
      '"We heard a boom," said a baker who gave her name as Marisol. || A widow, she said she had lived there for years.';
    expect(last(text)?.source.kind).toBe('named_person');
  });

  it('a clause with no name leaves the source unnamed', () => {
    expect(last('"We ran," said a neighbour who lives across the road.')?.source.kind).toBe(
      'anonymous',
    );
  });
});
