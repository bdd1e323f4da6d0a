/**
 * English wire-copy classes of session 10, on state-media relays and the speakers they carry:
 * a call or rebuke told by an outlet ("X urged ..., state media reported"), an outlet that
 * "reported X as saying", and a person of a nation as a speaker ("the Russian said") or as no
 * name at all ("were Dutch, the governor said"). Every sentence is the team's own. A
 * paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const claims = (text: string): Claim[] => storyClaims(text, 'en');
const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe("a speech act told by an outlet is the speaker's, via the outlet", () => {
  it.each<[string, string, string]>([
    [
      'Premier Tavo Ressel urged farmers to plant more barley, state media reported.',
      'urged',
      'Premier Tavo Ressel',
    ],
    [
      'Meanwhile, Premier Tavo Ressel called for an end to the strike, state media reported on Sunday.',
      'called for',
      'Premier Tavo Ressel',
    ],
    [
      'The fisheries ministry called on trawlers to return to port, the official news agency said.',
      'called on',
      'The fisheries ministry',
    ],
    [
      'Premier Tavo Ressel criticised the harbour board, according to state media.',
      'criticised',
      'Premier Tavo Ressel',
    ],
    [
      'Premier Tavo Ressel praised the volunteers, Statenews said.',
      'praised',
      'Premier Tavo Ressel',
    ],
  ])('%s', (text, cue, speaker) => {
    const c = last(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toBe(speaker);
    expect(c?.source.via).toBeTruthy();
    expect(c?.flags).toContain('state_media');
  });

  it('a pronoun speaker points back to the premier', () => {
    const c = last(
      'Premier Tavo Ressel opened the dam on Friday. || He urged the valley towns to save water, state media said.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Tavo Ressel' });
    expect(c?.flags).toContain('state_media');
  });

  it("a deed told by state media stays the outlet's claim", () => {
    const c = last('Soldiers closed the border crossing at Vell, state media reported.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'state media' });
  });
});

describe('"reported X as saying"', () => {
  it('state media reported the speaker as saying', () => {
    const c = last(
      'State media reported Minister Edda Kure as saying the new port would open in June.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Minister Edda Kure' });
    expect(c?.source.via).toBe('State media');
    expect(c?.claim).toBe('the new port would open in June');
    expect(c?.flags).toContain('state_media');
  });

  it('the words first, then the outlet and its speaker', () => {
    const c = last('The new port would open in June, Statenews reported the mayor as saying.');
    expect(c?.source).toMatchObject({
      kind: 'unnamed_official',
      text: 'the mayor',
      via: 'Statenews',
    });
  });

  it('"reported heavy losses, saying ..." is the outlet\'s own report', () => {
    const c = last('Statenews reported heavy losses at the mill, saying the river had flooded it.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });
});

describe('a person of a nation', () => {
  it('"the Portuguese said" points back to the person named before', () => {
    const found = claims(
      'Rui Anselmo, a goalkeeper, joined the club in May. || "The city has been kind to me," the Portuguese said.',
    );
    expect(found.at(-1)?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Rui Anselmo' });
  });

  it('"the 29-year-old Kenyan told reporters" after a named runner', () => {
    const c = last(
      'Amani Odhi, a marathon runner, won the race in record time. || The 29-year-old Kenyan told reporters the course was fast.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Amani Odhi' });
  });

  it('a nation word before the speaker\'s comma is no name: "were Dutch, the governor said"', () => {
    const c = last('Most of the injured were Dutch, the provincial governor said.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text: 'the provincial governor' });
  });
});

describe('the speaker of words carried by state media', () => {
  it("a quoted nickname in the speaker's relative clause is neither the speaker nor the claim", () => {
    const c = last(
      'Mill owner Berta Lansk, who was once called "the queen of flax", said on state television that the mill would close.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'state television' });
    expect(c?.source.text).toContain('Berta Lansk');
    expect(c?.claim).toBe('the mill would close');
    expect(c?.flags).toContain('state_media');
  });

  it('"it said" after "in a statement carried by state media, the office said" is the office', () => {
    const c = last(
      'In a statement carried by state media, the harbour office said the quays were safe. || "We will not be rushed," it said.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', resolvesTo: 'the harbour office' });
  });

  it('"it said" after "..., Statenews reported" is still the outlet', () => {
    const c = last(
      'The harbour office blamed the storm for the damage, Statenews reported. || Two cranes fell, it said.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', resolvesTo: 'Statenews' });
  });
});

describe("the outlet's own phrase", () => {
  it('"the official newspaper of Valdoria\'s ruling Unity Party" is state media, not the party', () => {
    const c = last(
      "On Monday, the official newspaper of Valdoria's ruling Unity Party said the harvest was the best in years.",
    );
    expect(c?.source).toMatchObject({
      kind: 'state_media',
      text: "the official newspaper of Valdoria's ruling Unity Party",
    });
  });

  it('"..., said official X, Statenews reported": the outlet is the via, not part of the name', () => {
    const c = last(
      '"Turnout was high," said senior election official Dara Quell, Statenews news agency reported.',
    );
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      text: 'senior election official Dara Quell',
      via: 'Statenews',
    });
    expect(c?.flags).toContain('state_media');
  });

  it('"The paper is published by the party\'s daily" relays no words', () => {
    expect(
      claims(
        "The weekly is published by the ruling Unity Party's official Daily Voice, and it sells well.",
      ),
    ).toEqual([]);
  });
});

describe('an outlet that is the subject of a sentence with no claim', () => {
  it('"It quoted a military source" after "State-run television broadcast ..." is relayed by it', () => {
    const c = last(
      'State-run television broadcast from the centre of Vell, showing empty streets. || It quoted a military source saying the bridge had been retaken.',
    );
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text: 'a military source' });
    expect(c?.flags).toEqual(expect.arrayContaining(['state_media', 'unnamed_source']));
  });

  it('a later "they" never points back to it', () => {
    const c = last(
      'Rescue crews reached the pit at dawn. || State-run television broadcast from the pithead. || They said the air was clean.',
    );
    expect(c?.source.kind).not.toBe('state_media');
  });
});

describe('armed groups named by their plural noun', () => {
  it.each([
    'The militias, who fought in the north last year, have pledged not to enter the town.',
    'Insurgents said the convoy had been hit near the bridge.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });
});

describe('what state television showed', () => {
  it('"State-run television broadcast from inside the town, showing ..." is state media', () => {
    const c = last(
      'State-run television broadcast from inside Vell, showing empty streets and burnt cars.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'State-run television' });
    expect(c?.claim).toBe('empty streets and burnt cars');
  });
});

describe('a name handed over with "surnamed" or "named"', () => {
  it('"said a resident surnamed Wen" is a named person', () => {
    const c = last('"We lost everything," said a resident surnamed Wen.');
    expect(c?.source.kind).toBe('named_person');
  });

  it('"according to a ferryman named Ivo Brandt" is that person, description and all', () => {
    const c = last('According to a ferryman named Ivo Brandt, the crossing shut at noon.');
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      text: 'a ferryman named Ivo Brandt',
    });
  });

  it.each([
    'A vendor who gave her name as Leila said prices had doubled.',
    'A witness who gave only his first name, Tarek, said the gate was shut.',
  ])('a clause handing over the name of a known kind of person: %s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('named_person');
    expect(['Leila', 'Tarek']).toContain(c?.source.text);
  });
});

describe('a speaker closing the sentence frames the cues before it', () => {
  it('"The rebels had claimed ..., he said" is his claim, the rebels\' claim inside it', () => {
    const c = last(
      'Analyst Mira Tolk follows the region closely. || The Vell rebels had claimed more raids in the north than in the south, she said.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Mira Tolk' });
    expect(c?.claim).toBe('The Vell rebels had claimed more raids in the north than in the south');
  });

  it('an outlet closing the sentence is the via: "Kim said ..., state media said"', () => {
    const c = last('Governor Ilya Marr said the dam was safe, state media said.');
    expect(c?.source).toMatchObject({ text: 'Governor Ilya Marr', via: 'state media' });
  });

  it('only a time after the closing verb: the claim is what came before', () => {
    const c = last('The harbour will reopen in May, officials said on Monday.');
    expect(c?.claim).toBe('The harbour will reopen in May');
  });
});

describe('"said in comments carried by" an outlet', () => {
  it('the outlet is the via and no part of the claim', () => {
    const c = last(
      'Minister Edda Kure said in comments carried by Statenews that the port would open in June.',
    );
    expect(c?.source).toMatchObject({ text: 'Minister Edda Kure', via: 'Statenews' });
    expect(c?.claim).toBe('the port would open in June');
    expect(c?.flags).toContain('state_media');
  });
});
