/**
 * English wire and web-page phrasing classes found missed, mis-sourced or over-reported on
 * unseen pages (session 11), each written here by the team (no sentence taken from the
 * corpus or the evaluation set) and checked through the whole pipeline. A paragraph break is
 * written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { storyClaims } from './helpers';

const claims = (text: string): Claim[] => storyClaims(text, 'en');

/** [cue, source kind, source text] of every claim. */
function found(text: string) {
  return claims(text).map((c) => [c.cue, c.source.kind, c.source.text]);
}

describe('a time phrase with no day in it between the source and its verb', () => {
  it.each([
    ['Harbour Secretary Ilse Vorn last month warned the port could close.', 'warned'],
    ['Ilse Vorn last week said the port could close.', 'said'],
    ['Ilse Vorn earlier this month said that the port could close.', 'said'],
    ['The Marlow council this year announced that fares would rise.', 'announced'],
  ])('%s', (text, cue) => {
    const [claim] = found(text);
    expect(claim?.[0]).toBe(cue);
    expect(claim?.[2]).not.toMatch(/last|this|month|week|year/);
  });
});

describe('present-tense promises and vows', () => {
  it.each([
    ['The company now promises it will reopen the plant by spring.', 'promises', 'organization'],
    ['Senator Ilse Vorn vows to block the bill.', 'vows', 'named_person'],
  ])('%s', (text, cue, kind) => {
    expect(found(text)[0]?.slice(0, 2)).toEqual([cue, kind]);
  });

  it.each([
    'Campaign promises are cheap in Marlow.',
    'Insurance claims were up in the spring.',
    'Harvest reports will follow in May.',
    'The guild pledges allegiance to the crown.',
    'The guild pledged allegiance to the crown.',
    'Stallholders lure buyers with free tastings and promises of quick delivery.',
    'Insurance claims by the growers doubled.',
  ])('a plural noun or an act, no report: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('a relative clause with its subject left out still reports', () => {
    expect(found('The ferry, which the council says is unsafe, was sold.')[0]?.[0]).toBe('says');
  });
});

describe('people who say something about a thing a relative clause hangs on', () => {
  it.each([
    ['Dorn was sought over a raid in Lille this week that police say foiled a plot.', 'police'],
    ['The deal was part of a scheme in Marlow that prosecutors say cost millions.', 'prosecutors'],
  ])('%s', (text, source) => {
    expect(found(text)[0]?.[2]).toBe(source);
  });
});

describe('a statement framing a clause: its subject speaks', () => {
  it.each([
    ['Tomas Brink in a statement praised the crew as "fearless."', 'named_person', 'Tomas Brink'],
    [
      'In a statement on its website, the trade delegation called the tariffs "a step back".',
      'official_body',
      'the trade delegation',
    ],
  ])('%s', (text, kind, source) => {
    expect(found(text)[0]?.slice(1)).toEqual([kind, source]);
  });

  it('a statement with no speaker in its clause is still the source', () => {
    expect(found('In a statement, the talks were declared over.')[0]?.slice(1)).toEqual([
      'document',
      'a statement',
    ]);
  });
});

describe("an office named by its holder's title is the institution", () => {
  it.each([
    "The Marlow attorney general's office said the permit was valid.",
    "The permit was valid, the state attorney general's office said.",
    "The governor's office said the permit was valid.",
  ])('%s', (text) => {
    expect(found(text)[0]?.[1]).toBe('official_body');
  });

  it("the official's spokesman is still a person", () => {
    expect(found("The attorney general's spokesman said the permit was valid.")[0]?.[1]).toBe(
      'unnamed_official',
    );
  });
});

describe('a named person described by a trade, a nation or an employer', () => {
  it.each([
    ['"Rents will rise," said Dutch historian Anke Smit.', 'Dutch historian Anke Smit'],
    ['"Rents will rise," said Peruvian sociologist Ana Quispe.', 'Peruvian sociologist Ana Quispe'],
    [
      'Fund manager Lars Ekdahl of Fjord Capital said the figures were inflated.',
      'Fund manager Lars Ekdahl of Fjord Capital',
    ],
    [
      'Hedge-fund manager Lars Ekdahl of Fjord Capital, who is betting against the bank, said the figures were inflated.',
      'Hedge-fund manager Lars Ekdahl of Fjord Capital, who is betting against the bank',
    ],
    [
      'Analyst Lars Ekdahl of Fjord Capital said the figures were inflated.',
      'Analyst Lars Ekdahl of Fjord Capital',
    ],
    // The name set off by a comma after the role's own phrase.
    [
      'A co-author of the study, Priya Nair of Kestrel University, said more trials were needed.',
      'A co-author of the study, Priya Nair of Kestrel University',
    ],
  ])('%s', (text, source) => {
    expect(found(text)[0]?.slice(1)).toEqual(['named_person', source]);
  });

  it('a trade noun before no name stays out of the phrase', () => {
    expect(found('"Rents will rise," said the historian.')[0]?.[2]).toBe('the historian');
  });
});

describe('a document with its author and how it came out', () => {
  it.each([
    [
      'A report published Tuesday by the Marlow Institute said rents rose.',
      'A report published Tuesday by the Marlow Institute',
    ],
    [
      'Rents rose, according to figures released last week by the Marlow Housing Board.',
      'figures released last week by the Marlow Housing Board',
    ],
    [
      'Rents rose, according to estimates by the Marlow Institute.',
      'estimates by the Marlow Institute',
    ],
    ['Rents rose, according to research by Velden University.', 'research by Velden University'],
    ['Rents rose, according to figures from the housing board.', 'figures from the housing board'],
  ])('%s', (text, source) => {
    expect(found(text)[0]?.slice(1)).toEqual(['document', source]);
  });

  it.each(['Boats were sorted according to size.', 'The works went according to plan.'])(
    'no author, no source: %s',
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );
});

describe('an occasion told is an audience, no outlet', () => {
  it.each([
    '"We are not done," Governor Ilse Vorn told a joint news conference.',
    '"We are not done," Governor Ilse Vorn told a daily news briefing.',
  ])('%s', (text) => {
    const [claim] = claims(text);
    expect([claim?.source.kind, claim?.source.via ?? null]).toEqual(['named_person', null]);
  });

  it('a pronoun after it points back to the government, not to a "news" outlet', () => {
    const text =
      '"We are not done," Governor Ilse Vorn told a joint news conference. || Marlow is flying its own patrols. || It acknowledged on Friday that two boats were lost.';
    expect(claims(text)[1]?.source.kind).not.toBe('media');
  });
});

describe('floating quantifiers and infinitives around a verb', () => {
  it('"were all reported to have" is a hedge, the subject no source', () => {
    // Read through the adverb: the whole hedge is the cue.
    expect(found('The riders were all reported to have been known to the owner.')[0]).toEqual([
      'were all reported to',
      'unattributed',
      '',
    ]);
  });

  it('"the three men all said": the men speak', () => {
    expect(found('The three men all said they were innocent.')[0]?.slice(1)).toEqual([
      'anonymous',
      'The three men',
    ]);
  });

  it.each([
    "You can't expect pupils to think in terms of budgets.",
    'Nobody wants voters to believe in miracles.',
  ])('an infinitive after its object, no report: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('science agencies of a government speak as official bodies', () => {
  it.each([
    'The storm turned north, the hurricane center said.',
    'The quake struck at dawn, the Marlow Geological Survey said.',
  ])('%s', (text) => {
    expect(found(text)[0]?.[1]).toBe('official_body');
  });

  it('a research center with no such word stays an organization', () => {
    expect(found('Rents rose, the Velden Policy Center said.')[0]?.[1]).toBe('organization');
  });
});

describe('"according to" an institution, then the claim about a named person', () => {
  it.each([
    [
      "According to the Marlow County Sheriff's Office, the driver identified as Jon Leer, 42, fled on foot.",
      "the Marlow County Sheriff's Office",
      'official_body',
    ],
    [
      'According to the Lakeside Clinic, a nonprofit, the test takes an hour.',
      'the Lakeside Clinic, a nonprofit',
      'organization',
    ],
    ['According to Jane Roe, a nurse, the ward is full.', 'Jane Roe, a nurse', 'named_person'],
  ])('%s', (text, source, kind) => {
    expect(found(text)[0]?.slice(1)).toEqual([kind, source]);
  });
});

describe('speculation with no one speculating is a hedge', () => {
  it.each([
    'There has been speculation that the mill will close.',
    'There is speculation that the mayor will run again.',
    'The shares fell amid speculation that the bank would sell them.',
  ])('%s', (text) => {
    expect(found(text)[0]?.slice(1)).toEqual(['unattributed', '']);
  });
});

describe('criticism and praise with the words quoted or labelled', () => {
  it.each([
    ['Senator Ilse Vorn criticized the ruling for "leaving families in limbo."', 'criticized'],
    ['Senator Ilse Vorn criticised the plan as unworkable.', 'criticised'],
    ['Mayor Tomas Brink praised the crew as "the best in the state."', 'praised'],
  ])('%s', (text, cue) => {
    expect(found(text)[0]?.slice(0, 2)).toEqual([cue, 'named_person']);
  });

  it.each([
    'Senator Ilse Vorn criticized the ruling.',
    'Mayor Tomas Brink praised the firefighters for their courage.',
    'A petition that criticized the zoo for closing early and called for the keepers to be "held accountable" drew 900 names.',
  ])('an act with no words of its own: %s', (text) => {
    expect(found(text).map((c) => c[0])).not.toContain('criticized');
    expect(found(text).map((c) => c[0])).not.toContain('praised');
  });

  it('a label verb with two names joined in its object still reports', () => {
    expect(found('The ministry called the Pell and Marlow blasts "odious".')[0]?.[0]).toBe(
      'called',
    );
  });
});

describe('a role given in an appositive is pointed back to later', () => {
  it.each([
    'Marla Quist, the sheriff of Pell County, is running again. || "I will not stop," the sheriff said.',
    'Marla Quist, the sheriff of Pell County, is running again. || "I will not stop," the 61-year-old sheriff said.',
  ])('%s', (text) => {
    const last = claims(text).at(-1);
    expect([last?.source.kind, last?.source.resolvesTo]).toEqual(['named_person', 'Marla Quist']);
  });
});
