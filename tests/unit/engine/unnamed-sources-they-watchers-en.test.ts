/**
 * English classes of session 12 on unnamed speakers: the people of a body named by a word no
 * lexicon listed ("staff", "generals"), and outsiders who only watch a body ("watchers").
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe("a body's people are its unnamed officials, not the body", () => {
  it.each([
    ['The border would stay shut, consulate staff said.', 'consulate staff'],
    ['Embassy staffers said the visas had been suspended.', 'Embassy staffers'],
    ['The offensive had stalled, Navy generals said on Friday.', 'Navy generals'],
    ['Senior generals said the brigade would withdraw.', 'Senior generals'],
    ['Ministry employees said the files were lost.', 'Ministry employees'],
    ['Army personnel said the bridge was mined.', 'Army personnel'],
    ['Staff at the embassy said the gates were closed.', 'Staff at the embassy'],
    ['The ferry was searched, coastal border guards said.', 'coastal border guards'],
    ['Prison guards said the inmate had been moved.', 'Prison guards'],
    ['Navy brass said the refit was late.', 'Navy brass'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('guards inside a title-case name stay the name', () => {
    expect(last('The Harbour Guards said the quay was closed.')?.source.kind).not.toBe(
      'unnamed_official',
    );
  });

  it('the staff of a hospital or a firm are no officials', () => {
    expect(last('Clinic staff said twelve people were treated.')?.source.kind).toBe('anonymous');
    expect(last('Company employees said the mill had closed.')?.source.kind).toBe('anonymous');
  });
});

describe('watchers of a body are outsiders', () => {
  it.each([
    ['The regime was weakening, Kremlin watchers said.', 'Kremlin watchers'],
    ['Longtime palace watchers said the prince had lost favour.', 'Longtime palace watchers'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('"they" opening a clause is the group the sentence opens with', () => {
  it.each([
    [
      'Analysts said the port was busy. || Press freedom groups have long opposed what they say is a tax on grain.',
      'organization',
      'Press freedom groups',
    ],
    [
      'Analysts said the port was busy. || Officials in the north have condemned the traders, who they say are hoarding grain.',
      'unnamed_official',
      'Officials',
    ],
  ])('%s', (text, kind, antecedent) => {
    const c = storyClaims(text, 'en').find((x) => x.source.text === 'they');
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.resolvesTo).toBe(antecedent);
    expect(c?.source.basis).toBe('pronoun/sentence-subject');
  });

  it('a "they" closing the sentence is still whoever spoke before', () => {
    const c = last(
      'Local officials said the base was attacked. || Several of the guards were hurt in the raid, they added.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.resolvesTo).toBe('Local officials');
  });

  it('one person opening the sentence is no "they"', () => {
    const c = storyClaims(
      'Analysts said the port was busy. || A senior official blamed traders for what they say is a tax on grain.',
      'en',
    ).find((x) => x.source.text === 'they');
    expect(c?.source.basis).not.toBe('pronoun/sentence-subject');
  });
});

describe('"they" after a singular body is the group of people that spoke', () => {
  it.each([
    [
      'Western officials said the raid killed a smuggler. || The Admiralty has mounted a dozen such raids. || They said the boat carried rifles.',
      'Western officials',
    ],
    [
      'Aid workers said the camp was full, but the agency said more tents were coming. || They said water was short.',
      'Aid workers',
    ],
  ])('%s', (text, antecedent) => {
    const c = last(text);
    expect(c?.source.resolvesTo).toBe(antecedent);
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    [
      'Residents said the road was shut. || Police said the bridge had cracked. || They said repairs would take weeks.',
      'Police',
    ],
    [
      'Residents said the road was shut. || Border forces said the bridge had cracked. || They said repairs would take weeks.',
      'Border forces',
    ],
  ])('a body named as people stays "they": %s', (text, antecedent) => {
    expect(last(text)?.source.resolvesTo).toBe(antecedent);
  });

  it('with no people group lately, "they" is still the body', () => {
    const c = last(
      'The agency said the camp was full. || It opened two more on Monday. || They said water was short.',
    );
    expect(c?.source.kind).toBe('official_body');
  });
});

describe('two unnamed sources joined, the second with its own modifier', () => {
  it.each([
    ['The dam was safe, officials and local engineers said.', 'officials and local engineers'],
    [
      'The launch may spur a buildup, Ruritanian officials and naval experts said.',
      'Ruritanian officials and naval experts',
    ],
  ])('%s', (text, source) => {
    expect(last(text)?.source.text).toBe(source);
  });
});

describe("a body's name qualifying people no lexicon lists, after the claim", () => {
  it.each([
    ['The drill was a success, Pentagon planners said.', 'Pentagon planners'],
    ['The drill was a success, the Pentagon planners said.', 'the Pentagon planners'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it("a possessive name owning a thing is no speaker's phrase", () => {
    const c = last(
      "Ships cross the strait, where Norway's territorial claims overlap with others.",
    );
    expect(c).toBeUndefined();
  });
});

describe('going to a platform to say something is saying it', () => {
  it.each([
    ['Fans took to Twitter to complain that the umpire was biased.', 'Fans'],
    ['Several senators went on television to say the count was rigged.', 'Several senators'],
    ['Cafe owners took to local radio on Monday to claim the levy was unfair.', 'Cafe owners'],
    ['Anglers complained on Facebook that the lake had been overfished.', 'Anglers'],
    ['Growers complained to reporters that the frost had ruined the crop.', 'Growers'],
  ])('%s', (text, source) => {
    expect(last(text)?.source.text).toBe(source);
  });

  it('going somewhere to do something else says nothing', () => {
    expect(last('Farmers took to the streets to protest against the levy.')).toBeUndefined();
    expect(last('Farmers have little reason to complain that prices fell.')).toBeUndefined();
  });
});

describe('a participle of saying joined to another participle', () => {
  it.each([
    [
      'Villagers gathered at the dam, waving banners and saying the river was poisoned.',
      'Villagers',
    ],
    [
      'Officials welcomed the ruling, calling it fair and saying appeals were unlikely.',
      'Officials',
    ],
    ['The navy searched the bay, towing two boats, and saying no one was missing.', 'The navy'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.cue).toBe('saying');
  });

  it('no participle clause before the "and": no joined claim', () => {
    expect(last('The mill closed in May and saying goodbye was hard.')).toBeUndefined();
  });
});

describe('a name with an elided prefix is a name, not an unnamed source', () => {
  it.each([
    ['"The pier is unsafe," blogger Nora O\'Dowd wrote.', "blogger Nora O'Dowd"],
    ["Tomas D'Arcy said the pier was unsafe.", "Tomas D'Arcy"],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a role and a name, then a participle clause about the person', () => {
  it('the person is named', () => {
    const c = last(
      'The harbour union leader, Ana Petrov, angered by the layoffs, accused the board of lying.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Ana Petrov');
  });

  it('an unnamed official with such a clause stays unnamed', () => {
    const c = last('A senior official, angered by the leak, said the inquiry would widen.');
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('a function word with a person ending is no unnamed person', () => {
  it('"however said" names nobody', () => {
    const c = last('The rumour, however said, was soon forgotten in the village.');
    expect(c?.source.kind).not.toBe('anonymous');
  });
});

describe("people a body employs, the body's word right before them", () => {
  it.each([
    ['U.N. experts said the embargo was being broken.', 'U.N. experts'],
    ['Ministry lawyers said the appeal would fail.', 'Ministry lawyers'],
    ['FBI agents said the van had been stolen.', 'FBI agents'],
    ["The ministry's scientists said the lake was safe.", "The ministry's scientists"],
    ['OPEC sources said output would rise in June.', 'OPEC sources'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it.each([
    ['Security experts said the code was unsafe.'],
    ['Defense lawyers said the appeal would succeed.'],
    ['Government critics said the vote was rigged.'],
  ])('not after any other word, nor critics of a body: %s', (text) => {
    expect(last(text)?.source.kind).toBe('anonymous');
  });
});

describe('plurals of roles that hold no office are unnamed people, not officials', () => {
  it.each([
    ['Navy veterans said the memorial was neglected.', 'Navy veterans'],
    ['Cafe owners said the levy was unfair.', 'Cafe owners'],
    ['The season was too long, actors said.', 'actors'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('the owner named before is still that person', () => {
    const c = last(
      'Tom Vale, the owner of the cafe, said sales fell. || "We are closing," the owner said.',
    );
    expect(c?.source.resolvesTo).toBe('Tom Vale');
  });
});

describe('kin of officials, and figures who are people', () => {
  it.each([
    ['Relatives of the soldiers said the unit had been left behind.', 'anonymous'],
    ['Families of the border guards said wages were late.', 'anonymous'],
    ['Opposition figures said the count was rigged.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });

  it('a named opposition figure is still named', () => {
    const c = last('Ruritanian opposition figure Jan Kowal said the count was rigged.');
    expect(c?.source.kind).toBe('named_person');
  });

  it('figures as data stay a document', () => {
    expect(last('Police figures showed crime fell last year.')?.source.kind).toBe('document');
  });
});

describe('an unnamed source with a participle clause before its verb', () => {
  it.each([
    [
      'A Ruritanian official speaking on condition of anonymity said the raid failed.',
      'A Ruritanian official speaking on condition of anonymity',
      'unnamed_official',
    ],
    [
      'A senior EU diplomat briefed on the talks said no deal was near.',
      'A senior EU diplomat briefed on the talks',
      'unnamed_official',
    ],
    [
      'Villagers living near the dam said the water rose.',
      'Villagers living near the dam',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });
});

describe('"another" quoted after an unnamed source is one more of them', () => {
  it('takes the kind of the unnamed source before it', () => {
    const c = last(
      'One envoy said the truce would hold. || Another said it would collapse by May.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.resolvesTo).toBe('One envoy');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('"another" before a noun or after a preposition is no speaker', () => {
    const c = last(
      'Residents said the well was dry. || In another case, farmers sued the council, arguing the dam was unsafe.',
    );
    expect(c?.source.text).toBe('farmers');
  });
});

describe('an unnamed source placed inside a body, or posting', () => {
  it.each([
    ['A source inside the ministry said the plan was dead.', 'unnamed_official'],
    ['Sources within the cabinet said the plan was dead.', 'unnamed_official'],
    ['A source inside the bakery chain said the plan was dead.', 'anonymous'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });

  it('"posted that" reports what was posted', () => {
    const c = last('A Chirper user posted that the ferry had sunk.');
    expect(c?.source.text).toBe('A Chirper user');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe("a body's word before people who are not its officials, or are", () => {
  it.each([
    ['Prison inmates said the guards had beaten them.', 'anonymous'],
    ['Council tenants said the repairs were late.', 'anonymous'],
    ['Navy wives said the pay was late.', 'anonymous'],
    ['Army conscripts said the barracks were cold.', 'unnamed_official'],
    ['Police recruits said the training was cut short.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });
});
