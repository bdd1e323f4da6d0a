/**
 * Session 13's English state-media classes: an outlet pointed back to with a relative clause
 * after it ("The agency, which is close to the army, said"); an outlet's word owned by a word
 * for the state ("the government's news agency"); "ran footage"; "have been reporting".
 * Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('an outlet pointed back to, with a relative clause after it', () => {
  it('is the outlet that spoke before', () => {
    const c = en(
      'Statenews reported that the border was closed. || ' +
        'The agency, which is close to the army, said the crossing would stay shut.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('with no outlet before, it stays what the lexicon says', () => {
    const c = en('The agency, which is close to the army, said the crossing would stay shut.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a body with a relative clause after an outlet is still the body', () => {
    const c = en(
      'Statenews reported that the border was closed. || ' +
        'The Norlandian Border Agency, which runs the crossings, said they would stay shut.',
    );
    expect(c?.source.kind).toBe('official_body');
  });
});

describe("an outlet's word owned by a word for the state", () => {
  it.each([
    ["The government's news agency said four people had been killed."],
    ["The military's television channel said four people had been killed."],
    ["The ruling party's newspaper accused the opposition of treason."],
    ["The junta's own newspaper said the curfew would stay."],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    ["The government's statistics agency said prices rose."],
    ["The army's reports said four people had been killed."],
    ["The company's newspaper said four people had been killed."],
    ["The party's treasurer said four people had been killed."],
  ])('not an outlet of the state: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).not.toBe('state_media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a named outlet after the description is what the registry says', () => {
    const c = en("The government's newspaper, the Daily Planet, said the plan would fail.");
    expect(c?.source.kind).toBe('media');
  });
});

describe('more outlet verbs', () => {
  it('"ran footage"', () => {
    const c = en('State TV ran footage of soldiers crossing the river at Karsa.');
    expect(c?.source.kind).toBe('state_media');
  });

  it('"have been reporting that"', () => {
    const c = en('State media have been reporting that the harvest was the best in a decade.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.cue).toBe('have been reporting');
  });
});

describe('state outlets added to the registry (bundled data)', () => {
  const bundled = (text: string) => analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en' });
  it.each([
    ['The Houthi-run Saba news agency said the strikes killed six people.'],
    ['The Securities Times reported that the regulator would tighten its rules.'],
    ['The China Securities Journal said the fund would be launched in March.'],
    ['The Shanghai Securities News reported that the listing was delayed.'],
    ['The Legal Daily said the court had ruled against the company.'],
    ['Ukrinform reported that the bridge had been hit overnight.'],
  ])('%s', (text) => {
    const c = bundled(text).claims[0];
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"Saba" as a name is no agency', () => {
    const c = bundled('Saba Ahmed, a teacher, said the school was closed.').claims[0];
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('"quoted X as <verb>ing" beyond "as saying"', () => {
  it.each([
    ['Statenews quoted Defence Minister Ardi Wiratama as calling the drills "a provocation".'],
    ['Statenews quoted Defence Minister Ardi Wiratama as warning that the army was ready.'],
    ['Statenews quoted Defence Minister Ardi Wiratama as describing the talks as candid.'],
    ['Statenews quoted Defence Minister Ardi Wiratama as denying that troops had fired.'],
  ])('the speaker is the source, the outlet the via: %s', (text) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });
});

describe('a fronted video or message carried by an outlet', () => {
  it.each([
    ['In a video aired on state television, President Karel Dovan said the curfew would end.'],
    ['In a message broadcast by Statenews, President Karel Dovan said the curfew would end.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'President Karel Dovan' });
    expect(c?.flags).toContain('state_media');
  });

  it('a video on a private platform flags nothing', () => {
    const c = en('In a video posted online, President Karel Dovan said the curfew would end.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('a quote paragraph between keeps a relay through state media going', () => {
  const claims = (text: string) => storyClaims(text, 'en');

  it('"he added" after a quote-only paragraph keeps the via and the flag', () => {
    const all = claims(
      '"The dam is safe," Engineer Tomas Brel told Statenews. || ' +
        '"We check it every week." || The work is "nearly done", he added.',
    );
    const last = all.at(-1);
    expect(last?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(last?.flags).toContain('state_media');
  });

  it('a paragraph of the reporter between still ends it', () => {
    const all = claims(
      '"The dam is safe," Engineer Tomas Brel told Statenews. || ' +
        'The dam was built in 1962. || The work is "nearly done", he added.',
    );
    expect(all.at(-1)?.flags ?? []).not.toContain('state_media');
  });

  it('a private outlet is not carried on past the quote', () => {
    const all = claims(
      '"The dam is safe," Engineer Tomas Brel told the Daily Planet. || ' +
        '"We check it every week." || The work is "nearly done", he added.',
    );
    expect(all.at(-1)?.source.via ?? null).toBeNull();
  });
});

describe('an outlet carrying a statement by someone else', () => {
  it.each([
    ['Statenews carried a statement from the foreign ministry saying the sanctions were illegal.'],
    ['Statenews published a statement by the foreign ministry saying the border was closed.'],
    ['State TV aired a statement by the army saying troops had not fired on protesters.'],
  ])('the author speaks, the outlet is the via: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.via).toBeTruthy();
    expect(c?.flags).toContain('state_media');
  });

  it("the outlet's own commentary is the outlet's", () => {
    const c = en('Statenews published a commentary saying the talks had failed.');
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });

  it('a body issuing its own statement is still the body, with no via', () => {
    const c = en('The foreign ministry issued a statement saying the talks had failed.');
    expect(c?.source).toMatchObject({ kind: 'official_body', via: null });
  });
});

describe('Indonesian "X dikutip <outlet> mengatakan" with no commas', () => {
  const id = (text: string) => lastClaim(text, 'id');
  it('the speaker before "dikutip" is the source, the outlet the via', () => {
    const c = id(
      'Menteri Pertahanan Ardi Wiratama dikutip Statenews menegaskan latihan itu rutin.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('through a private outlet: the via, no flag', () => {
    const c = id(
      'Menteri Pertahanan Ardi Wiratama dikutip Daily Planet menegaskan latihan itu rutin.',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('a regime, junta or military running the outlet', () => {
  it.each([
    ['Regime-controlled media claimed the rebels had fled across the border.'],
    ['The military-run Karsa Television said the curfew would be lifted.'],
    ['Junta-controlled newspapers accused the protesters of treason.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a military-owned firm is no outlet', () => {
    const c = en('The military-owned conglomerate said its profits rose.');
    expect(c?.source.kind).not.toBe('state_media');
  });
});

describe('the next sentence going on with a relay through state media, by a description', () => {
  const claims = (text: string) => storyClaims(text, 'en');
  it.each([
    [
      'The fisheries office said in a statement carried by Statenews that the quota was final. || The office also said boats would be checked.',
    ],
    [
      'Statenews quoted a port spokesman as saying the ferries were cancelled. || The spokesman also said the harbour would reopen on Monday.',
    ],
    [
      'The fisheries office said in a statement carried by Statenews that the quota was final. || The statement also said boats would be checked.',
    ],
  ])('keeps the via and the flag: %s', (text) => {
    const last = claims(text).at(-1);
    expect(last?.source.via).toBe('Statenews');
    expect(last?.flags).toContain('state_media');
  });

  it('a description with an audience of its own is a new occasion', () => {
    const last = claims(
      'Statenews quoted a port spokesman as saying the ferries were cancelled. || The spokesman told Wirely the harbour would reopen.',
    ).at(-1);
    expect(last?.flags ?? []).not.toContain('state_media');
  });

  it('another document is not the one carried', () => {
    const last = claims(
      'The fisheries office said in a statement carried by Statenews that the quota was final. || The letter also said boats would be checked.',
    ).at(-1);
    expect(last?.flags ?? []).not.toContain('state_media');
  });

  it('through a private outlet nothing is carried on', () => {
    const last = claims(
      'The fisheries office said in a statement carried by the Daily Planet that the quota was final. || The office also said boats would be checked.',
    ).at(-1);
    expect(last?.source.via ?? null).toBeNull();
  });
});

describe('a name and its role between commas before "was quoted"', () => {
  it.each([
    ['Lars Tovin, the defence minister, was quoted by Statenews as saying the army was ready.'],
    ['Lars Tovin, the defence minister, was cited by state media as saying the army was ready.'],
  ])('%s', (text) => {
    const c = storyClaims(text, 'en')[0];
    expect(c?.source.text).toBe('Lars Tovin, the defence minister');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).toContain('state_media');
  });
});
