/**
 * Session 11's state-media classes (English wire copy and Indonesian): generic phrases for a
 * state outlet, an outlet the article said the state runs named again without saying so, a
 * speaker after the quote whose appositive is really the relaying outlet, and the outlet that
 * carried a document a claim rests on. Every sentence is the team's own. A paragraph break is
 * written " || ".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');
const id = (text: string) => lastClaim(text, 'id');
/** The claim of the story's very last sentence. */
const endEn = (text: string) => storyClaims(text, 'en').at(-1);
const endId = (text: string) => storyClaims(text, 'id').at(-1);

describe('generic phrases for a state outlet', () => {
  it('a military paper is state media', () => {
    const c = en("The country's military newspaper called the drills a warning to the south.");
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"the official <Name> News Agency" is state media, not an official', () => {
    const c = en('Four ferries were cancelled, the official Norland News Agency said.');
    expect(c?.source).toMatchObject({ kind: 'state_media' });
    expect(c?.flags).toContain('state_media');
    expect(c?.flags).not.toContain('unnamed_source');
  });

  it('an official who is a person stays an official', () => {
    const c = en('Four ferries were cancelled, an official said.');
    expect(c?.source.kind).toBe('unnamed_official');
  });

  it('a state-backed paper the registry does not know is state media', () => {
    const c = en('The state-backed Harbour Courier newspaper said the ferries would run.');
    expect(c?.source.kind).toBe('state_media');
  });

  it.each([
    ['Menurut kantor berita milik negara Norlandia, pelabuhan itu ditutup.'],
    ['Media milik negara Norlandia melaporkan bahwa pelabuhan itu ditutup.'],
    ['Surat kabar resmi Norlandia menyebut pelabuhan itu ditutup.'],
    ['Televisi negara Norlandia mengatakan pelabuhan itu ditutup.'],
  ])('Indonesian: %s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });
});

describe('a state outlet named again without saying the state runs it', () => {
  it('"Norlandian television" after "Norlandian state-run television" is state media', () => {
    const c = en(
      'Norlandian state-run television said the dam had held. || Norlandian television later said two villages were flooded.',
    );
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('the outlet quoting a leader keeps the flag', () => {
    const c = en(
      'Norlandian state television showed the flooded square. || "We will rebuild," Norlandian television quoted President Ola Brenn as saying.',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Norlandian television');
    expect(c?.flags).toContain('state_media');
  });

  it("with no state outlet before, a country's television is media (never guessed)", () => {
    const c = en('Norlandian television said two villages were flooded.');
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it("state media in general do not make a later channel the state's", () => {
    const c = en(
      'Norlandian state media said the dam had held. || Norlandian television said two villages were flooded.',
    );
    expect(c?.source.kind).toBe('media');
  });
});

describe('"said X, the Y news agency reported": the clause is the relay, not an appositive', () => {
  it('the speaker after the quote is the source, the agency the via', () => {
    const c = en(
      '"The harbour is safe," said deputy mayor Ilka Varn, the state-run Statenews agency reported.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'deputy mayor Ilka Varn' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a real appositive still belongs to the speaker', () => {
    const c = en('"The harbour is safe," said Ilka Varn, a deputy mayor of the port town.');
    expect(c?.source.text).toBe('Ilka Varn, a deputy mayor of the port town');
  });
});

describe('the outlet that carried the document a claim rests on', () => {
  it('"according to an army statement read out on state TV" reaches us through state TV', () => {
    const c = en('Troops reached the river, according to an army statement read out on state TV.');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via).toBe('state TV');
    expect(c?.flags).toContain('state_media');
  });

  it('"according to a transcript carried by Statenews" is flagged', () => {
    const c = en(
      'According to a transcript carried by Statenews, the general told cadets the border was closed.',
    );
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a statement published by a private paper is not state media', () => {
    const c = en(
      'Troops reached the river, according to a statement published by the Daily Planet.',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a statement with no outlet after it has no via', () => {
    const c = en('Troops reached the river, according to an army statement issued on Sunday.');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('the words saying the state runs an outlet, after "according to" or "told"', () => {
  it.each([
    'According to the state-run Harbour Courier newspaper, the ferries were cancelled.',
    'The ferries were cancelled, according to the state-run Harbour Courier newspaper.',
  ])('an outlet the registry does not know: %s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('"told state-run Statenews" relays through the state outlet', () => {
    const c = en('Port chief Ilka Varn told state-run Statenews the ferries were cancelled.');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('"according to an official familiar with the plan" is still an official', () => {
    const c = en('The ferries were cancelled, according to an official familiar with the plan.');
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe('a relay through state media continued by the speaker named again', () => {
  it('the short name in the next sentence keeps the via and the flag', () => {
    const c = endEn(
      'Port chief Ilka Varn said the ferries were cancelled, Statenews reported. Varn also said the harbour would reopen on Monday.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('the name again with an audience of its own is a new occasion', () => {
    const c = endEn(
      'Port chief Ilka Varn said the ferries were cancelled, Statenews reported. Varn told reporters the harbour would reopen on Monday.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a paragraph later the relay is over', () => {
    const c = endEn(
      'Port chief Ilka Varn said the ferries were cancelled, Statenews reported. || Storms hit the coast on Sunday. || Varn said the harbour would reopen on Monday.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a relay through a private outlet is not carried on', () => {
    const c = endEn(
      'Port chief Ilka Varn said the ferries were cancelled, the Daily Planet reported. Varn also said the harbour would reopen on Monday.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });

  it('Indonesian: the name again after "dikutip dari" a state outlet', () => {
    const c = endId(
      'Kapal feri dibatalkan, kata kepala pelabuhan Ilka Varn dikutip dari Statenews. Varn menambahkan pelabuhan dibuka lagi Senin.',
    );
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });
});

describe('state outlets of the bundled registry', () => {
  const bundled = (text: string) => {
    const found = analyze({ blocks: [{ type: 'p' as const, text }] }, { lang: 'en' }).claims;
    return found.at(-1);
  };

  it.each([
    'MTI quoted the minister as saying the fence would be extended.',
    "The fence will be extended, Hungary's state news agency MTI reported.",
    'Al Iraqiya television said troops had entered the town.',
    'Troops had entered the town, state television Iraqiya said.',
  ])('%s', (text) => {
    expect(bundled(text)?.flags).toContain('state_media');
  });

  it('the Iraqiya political bloc is no channel', () => {
    const c = bundled('The Iraqiya bloc said the vote had been rigged.');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('the outlet told, without the words after it', () => {
  it('"told state-run television in a broadcast from ..." names the outlet only', () => {
    const c = en(
      'A police officer told state-run television during a live report from the harbour that the port was calm.',
    );
    expect(c?.source.via).toBe('state-run television');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'The minister told a daily news briefing that the port was calm.',
    'The minister told a media briefing that the port was calm.',
  ])('a briefing is an occasion, not an outlet: %s', (text) => {
    expect(en(text)?.source.via ?? null).toBeNull();
  });

  it('"told Wirely in an interview" is still Wirely', () => {
    expect(en('The minister told Wirely in an interview that the port was calm.')?.source.via).toBe(
      'Wirely',
    );
  });
});

describe('an outlet labelling a thing: "slammed the drills as ..."', () => {
  it.each([
    ['Statenews slammed the drills as a rehearsal for invasion.', 'slammed'],
    ['State media denounced the talks as a trap.', 'denounced'],
    ['State television hailed the launch as a triumph.', 'hailed'],
    ['Statenews mocked the sanctions as toothless.', 'mocked'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c).toMatchObject({ cue, source: { kind: 'state_media' } });
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'State media denounced the attack.',
    'Crowds hailed the returning team at the airport.',
    'The mayor was hailed as a hero.',
  ])('no label, no words reported: %s', (text) => {
    expect(en(text)).toBeUndefined();
  });

  it("a quotation after another verb is not the label verb's", () => {
    const c = en(
      'Hundreds of residents signed a letter that criticized the council and the port for closing the pier and called for "a fair deal".',
    );
    expect(c?.cue).not.toBe('criticized');
  });

  it('a label on two coordinated names is still a label', () => {
    const c = en('The ministry called the Harlow and Denby blasts "odious".');
    expect(c?.cue).toBe('called');
  });
});

describe('an outlet carrying or publishing a piece that says something', () => {
  it.each([
    'Statenews carried a statement saying the talks had failed.',
    'Statenews ran an editorial arguing the ruling was void.',
    'Statenews published a commentary saying the ruling was void.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a statement from someone else: the author speaks, through the outlet', () => {
    const c = en(
      'State television broadcast a statement from the army saying the coup had failed.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'State television' });
    expect(c?.flags).toContain('state_media');
  });

  it('a private paper publishing a commentary is media', () => {
    const c = en('The Daily Planet published a commentary saying the ruling was void.');
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('"with state media branding X a Y"', () => {
  it('the outlet after "with" labels the thing', () => {
    const c = en(
      'The dam opened last year, with state media once branding it a "wonder of the age".',
    );
    expect(c).toMatchObject({
      cue: 'branding',
      source: { kind: 'state_media', text: 'state media' },
    });
    expect(c?.flags).toContain('state_media');
  });

  it('a list word after a comma is no participle of saying', () => {
    const c = en('Costs for packaging, branding and shipping rose, the company said.');
    expect(c?.cue).toBe('said');
  });
});

describe('a cue inside a clause of time or cause, and an outlet closing the sentence', () => {
  it('the outlet reports the whole sentence', () => {
    const c = en('The port lost its licence after a court ruled against it, state media reported.');
    expect(c).toMatchObject({ cue: 'reported', source: { kind: 'state_media' } });
  });

  it('a speaker in the main clause keeps the outlet as via', () => {
    const c = en('Mayor Ilka Varn said the port would close, state media reported.');
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'state media' });
  });

  it('a person closing the sentence is not an outlet: the first cue stays', () => {
    const c = en('The port closed after the court ruled against it, the mayor said.');
    expect(c?.cue).not.toBe('ruled');
  });

  it('Indonesian: "setelah pengadilan memutuskan ..., lapor media pemerintah"', () => {
    const c = id(
      'Pelabuhan itu kehilangan izinnya setelah pengadilan memutuskan perkara itu, demikian dilaporkan media pemerintah.',
    );
    expect(c?.flags).toContain('state_media');
  });
});

describe('what an outlet did not say is still its report', () => {
  it.each([
    'State media did not say how many people died in the blast.',
    "Statenews didn't say when the test took place.",
    'Statenews did not say whether the leader attended.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'The minister did not say how many people died in the blast.',
    'The monitoring group did not say whether the jets were Norlandian.',
    'Officials could not say when the port would reopen.',
  ])('a person or body not saying something reports nothing: %s', (text) => {
    expect(en(text)).toBeUndefined();
  });
});

describe("an outlet's dispatch", () => {
  it('"A Statenews dispatch said" is state media', () => {
    const c = en('A Statenews dispatch said the drills would continue.');
    expect(c?.source.kind).toBe('state_media');
  });

  it('"The dispatch said" after the outlet spoke is that outlet again', () => {
    const c = en(
      'Statenews said the drills had begun. || The dispatch said the drills would last a week.',
    );
    expect(c?.source.kind).toBe('state_media');
  });

  it('a paper named Dispatch is still a paper', () => {
    const c = en('The Harlow Dispatch said the drills would continue.');
    expect(c?.source.kind).toBe('media');
  });
});

describe("an outlet's own pictures named before them", () => {
  it('"State television footage showed" is state media', () => {
    const c = en('State television footage showed troops crossing the river.');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('police footage stays a document', () => {
    expect(en('Police footage showed troops crossing the river.')?.source.kind).not.toBe('media');
  });
});

describe('an occasion opening the sentence, and the outlet that carried it', () => {
  it.each([
    'In a speech broadcast on state television, the minister said the border was closed.',
    'In an interview aired by state TV, the minister said the border was closed.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.text).toBe('the minister');
    expect(c?.flags).toContain('state_media');
  });

  it('Indonesian: "Dalam pidato yang disiarkan televisi pemerintah, ..."', () => {
    const c = lastClaim(
      'Dalam pidato yang disiarkan televisi pemerintah, menteri itu mengatakan perbatasan ditutup.',
      'id',
    );
    expect(c?.source.via).toBe('televisi pemerintah');
    expect(c?.flags).toContain('state_media');
  });

  it('an occasion carried by no outlet gives no via', () => {
    expect(
      en('In a speech at the port, the minister said the border was closed.')?.source.via,
    ).toBeNull();
  });
});
