/**
 * Session 12's English state-media classes. Every sentence is the team's own ("Statenews" is
 * the fixture registry's state agency). A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('pictures released by an outlet', () => {
  it.each([
    ['Statenews released images of the minister opening a bridge.', 'released images of'],
    ['Statenews released photos on Tuesday of the new harbour.', 'released photos'],
    ['State television broadcast pictures of the flooded plain.', 'broadcast pictures of'],
    ['The official party daily carried pictures of the minister at a farm.', 'carried pictures of'],
    ['State media published photos of the minister visiting a mill.', 'published photos of'],
  ])('with no other cue word in the sentence: %s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a person publishing photos is no finding', () => {
    expect(en('Tomas Reyes published photos of his garden.')).toBeUndefined();
  });
});

describe('an outlet putting a death toll at a figure', () => {
  it.each([
    ['Statenews put the death toll at 41.', 'Statenews'],
    [
      'The landslide buried a village, and state television put the toll at 12.',
      'state television',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'state_media' });
    expect(c?.flags).toContain('state_media');
  });

  it('a relief group putting the toll is its own source', () => {
    const c = en('The Red Lantern relief group puts the toll from the storm at 19.');
    expect(c?.cue).toBe('puts');
    expect(c?.claim).toBe('the toll from the storm at 19');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a storm putting the toll up is no source', () => {
    expect(en('The second storm put the death toll at 40 within a day.')).toBeUndefined();
  });
});

describe('a label with no marker after "branded"', () => {
  it.each([
    ['Statenews branded the strikers traitors and saboteurs.'],
    ['State television branded the marchers foreign agents on Monday.'],
    ['Statenews labelled them saboteurs.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.cue).toMatch(/^(branded|labelled)$/);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"called" with a bare noun after its object stays an act', () => {
    expect(en('Statenews called the strikers yesterday.')).toBeUndefined();
  });

  it('a bare object alone is no label', () => {
    expect(en('The firm branded cattle.')).toBeUndefined();
  });
});

describe('a document set off by commas with the outlet that carried it', () => {
  it('"The statement, carried by Statenews, said" keeps the statement and flags the outlet', () => {
    const c = en('The statement, carried by Statenews, said the border would stay shut.');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a body publishing the document is no carrier', () => {
    const c = en('The statement, published by the ministry, said the border would stay shut.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('an outlet that only carried a thing', () => {
  it.each([
    ["The premier's speech, carried by state media, lasted two hours."],
    ['The parade, broadcast by Statenews on Sunday, ran for three hours.'],
    ['We found few notes published by engineers who ran such systems.'],
  ])('no claim: %s', (text) => {
    expect(en(text)).toBeUndefined();
  });

  it.each([
    ['The border will stay shut, in a commentary carried by Statenews.'],
    ['The border will stay shut, in a commentary carried by Statenews on Tuesday.'],
    ['The border will stay shut, as cited by Statenews.'],
  ])('a relay closing the sentence still carries its claim: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a verb of saying after the outlet keeps the words it carried', () => {
    const c = en('The speech, carried by Statenews, said the border would stay shut.');
    expect(c?.flags).toContain('state_media');
  });
});

describe('generic state media in the plural', () => {
  it.each([
    ['State newspapers said the harbour would reopen.'],
    ['The harbour will reopen, state broadcasters reported.'],
    ['State news agencies said the harbour would reopen.'],
    ['Several state media outlets said the harbour would reopen.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('newspapers with no word of the state are media', () => {
    const c = en('Local newspapers said the harbour would reopen.');
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it("criticism in state media is the writer's reading, no source", () => {
    expect(en('Criticism in state media this month suggests a change of course.')).toBeUndefined();
  });
});

describe('a citation closing the outlet sentence', () => {
  it('"Statenews reported that <claim>, citing the ministry": the ministry via the outlet', () => {
    const c = en(
      'Statenews reported that the ferry would run again, citing the transport ministry.',
    );
    expect(c?.source).toMatchObject({ text: 'the transport ministry', via: 'Statenews' });
    expect(c?.claim).toBe('the ferry would run again');
    expect(c?.flags).toContain('state_media');
  });

  it('citing a reason is no source: the outlet keeps its words', () => {
    const c = en('Statenews reported that the mill had closed for good, citing heavy losses.');
    expect(c?.source.text).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });
});

describe("a registry outlet after the state's word opening the sentence", () => {
  it.each([
    ['State-run STN said the ferry would run.'],
    ['Official STN said the ferry would run.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });
});

describe('a label given in a participle clause', () => {
  it.each([
    ['Statenews lashed out at the envoy, calling his visit a provocation.', 'calling'],
    ['State television attacked the envoy, describing his remarks as an insult.', 'describing'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    ['The ministry met the envoy on Monday, calling for calm.'],
    ['The army shelled the ridge, calling in air strikes.'],
  ])('no label, no claim: %s', (text) => {
    expect(en(text)).toBeUndefined();
  });
});

describe('"touted X as ..."', () => {
  it('a label touted is a claim', () => {
    const c = en('Statenews touted the harvest as a triumph of planning.');
    expect(c?.cue).toBe('touted');
    expect(c?.flags).toContain('state_media');
  });

  it('a thing touted is no claim', () => {
    expect(en('The company touted its new phone at the fair.')).toBeUndefined();
  });
});

describe('an outlet passing on another outlet’s interview', () => {
  it('"according to a Daily Planet interview cited by Statenews": via the state agency', () => {
    const c = en(
      'The adviser, Olga Brenn, said the talks had stalled, according to a Daily Planet interview cited by Statenews.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('two outlets side by side are not a chain', () => {
    const c = en('The talks had stalled, Olga Brenn said, Wirely and state media reported.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('"the report" right after a state outlet spoke', () => {
  it('is that outlet’s report', () => {
    const c = en(
      'Minister Ola Brenn told the envoy that trade would grow, Statenews said. || Both sides should "deepen ties", the report quoted Brenn as saying.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).toContain('state_media');
  });

  it('not when the sentence before names a report of its own', () => {
    const c = en(
      'The ministry issued a report on trade on Monday, Statenews said. || Exports fell by a tenth, the report said.',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('"..., reported the state news agency"', () => {
  it('the outlet after its verb is the source', () => {
    const c = en('The ferry will run again, reported the state news agency.');
    expect(c?.source).toMatchObject({ text: 'the state news agency', kind: 'state_media' });
    expect(c?.flags).toContain('state_media');
  });

  it('a report to the police is no claim', () => {
    expect(en('The guard, who reported the theft to police, was questioned.')).toBeUndefined();
  });
});

describe('an outlet after its verb, citing a source', () => {
  it('"..., said Statenews, citing a diplomatic source": the source via the outlet', () => {
    const c = en('The talks stalled, said Statenews, citing a diplomatic source.');
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'Statenews' });
    expect(c?.claim).toBe('The talks stalled');
    expect(c?.flags).toContain('state_media');
  });

  it('a person citing polls keeps the words', () => {
    const c = en('"We will win," said Olek Varga, citing the latest polls.');
    expect(c?.source.text).toBe('Olek Varga');
  });
});

describe("a country's news agencies in the plural", () => {
  it('are media, never guessed to be the state’s (some may be private)', () => {
    const c = en(
      'Norlandian news agencies quoted the defence ministry as saying 40 sorties were flown.',
    );
    expect(c?.source.via).toBe('Norlandian news agencies');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('pictures an outlet released, as the basis of a claim', () => {
  it('"according to photos released by state media": the photos via the outlet', () => {
    const c = en(
      'According to photos released by state media, the launcher was mounted on a truck.',
    );
    expect(c?.source).toMatchObject({ text: 'photos', kind: 'document', via: 'state media' });
    expect(c?.flags).toContain('state_media');
  });

  it('"according to plan" stays an idiom', () => {
    expect(en('The launch went according to plan.')).toBeUndefined();
  });
});

describe('an occasion that state media carried', () => {
  it.each([
    ['In a report on state TV, the army said it had retaken the port.', 'state TV'],
    ['The army, in a statement read on state TV, said it had retaken the port.', 'state TV'],
    ['The army, in a commentary carried by Statenews, said it had retaken the port.', 'Statenews'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.via).toBe(via);
    expect(c?.flags).toContain('state_media');
  });

  it('an occasion with no outlet carries nothing', () => {
    const c = en('The army, in a statement on Monday, said it had retaken the port.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('"the outlet", "the television" pointing back to state media', () => {
  it.each([['the outlet'], ['the television']])('%s', (noun) => {
    const c = en(
      `State television said the dam had burst. || Two villages were flooded, ${noun} said.`,
    );
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('with no outlet before, the television is media', () => {
    const c = en('Two villages were flooded, the television said.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('a speaker appearing on state television', () => {
  it('"surfaced on state television, stating that ...": the outlet is the via', () => {
    const c = en(
      'Olek Varga surfaced on state television this month, stating that he had turned himself in.',
    );
    expect(c?.source).toMatchObject({ text: 'Olek Varga', via: 'state television' });
    expect(c?.flags).toContain('state_media');
  });

  it('results appearing on a website carry no outlet', () => {
    const c = en('The results appeared on the website, showing a rise in sales.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('what the pictures show is the claim, without the link word', () => {
  it.each([
    ['State television aired footage of soldiers entering the town.', 'soldiers entering the town'],
    [
      'State television aired pictures showing soldiers entering the town.',
      'soldiers entering the town',
    ],
  ])('%s', (text, claim) => {
    expect(en(text)?.claim).toBe(claim);
  });
});
