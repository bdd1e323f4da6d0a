/**
 * Session 12's English document and institution classes. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('plural and further document words as subjects', () => {
  it.each([
    ['Opinion polls show that most Velorians back the new mayor.', 'show'],
    ['Recent polls indicated the race in Dunmore is too close to call.', 'indicated'],
    ['Two surveys suggest that ferry fares are too high.', 'suggest'],
    ['A tally by the harbour board showed 300 boats were lost.', 'showed'],
    ['The minutes of the meeting showed that two members wanted a cut.', 'showed'],
    ['Army statements said the town of Dunmore had fallen.', 'said'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('document');
  });

  it('an estimate of a body is a document', () => {
    const c = en('About 400 rebels hold the pass, according to an army estimate.');
    expect(c?.source).toMatchObject({ text: 'an army estimate', kind: 'document' });
  });
});

describe('a document word naming an institution', () => {
  it.each([
    ['Ferry traffic fell 8 percent, according to data analysis firm Quorvex.', 'organization'],
    ['Ferry traffic fell 8 percent, according to Halvern Research.', 'organization'],
    ['The statistics office said ferry traffic fell 8 percent.', 'official_body'],
    ['The survey company said most riders were unhappy.', 'organization'],
  ])('%s', (text, kind) => {
    expect(en(text)?.source.kind).toBe(kind);
  });

  it.each([
    'A research institute report said the river was clean.',
    'The Halvern Report said the river was clean.',
  ])('a document that is the head stays a document: %s', (text) => {
    expect(en(text)?.source.kind).toBe('document');
  });

  it('an Indonesian document before a body is the body’s document', () => {
    const c = lastClaim('Berdasarkan hitungan perusahaan, tarif feri naik.', 'id');
    expect(c?.source.kind).toBe('document');
  });
});

describe('a document with its topic before the verb', () => {
  it.each([
    ['A report on the Dunmore dam said that the wall was weak.', 'A report on the Dunmore dam'],
    ['An article about the ferry strike said it would end soon.', 'An article about the ferry'],
    ['A study into the outbreak said that wells were to blame.', 'A study into the outbreak'],
    [
      'A report by the audit office on the dam said that the wall was weak.',
      'A report by the audit office on the dam',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text.startsWith(source)).toBe(true);
  });
});

describe('an aside set off by commas inside a document subject', () => {
  it.each([
    [
      'Minutes of the board meeting, released on Wednesday, showed that two members wanted a cut.',
      'Minutes of the board meeting, released on Wednesday',
    ],
    [
      'A report on the Dunmore dam, released on Monday, said that the wall was weak.',
      'A report on the Dunmore dam, released on Monday',
    ],
    [
      'A report, which has not been published, said the harbour wall was weak.',
      'A report, which has not been published',
    ],
  ])('%s', (text, source) => {
    expect(en(text)?.source).toMatchObject({ text: source, kind: 'document' });
  });

  it('a person with an aside is still the person', () => {
    const c = en('The mayor of Dunmore, asked about the dam, said it was safe.');
    expect(c?.source.kind).not.toBe('document');
  });
});

describe('the people or body inside a document subject', () => {
  it.each([
    [
      'A report on river pollution written last year by former officials, including ex-minister Tomas Brell, said the fish were dying.',
      'A report on river pollution written last year by former officials, including ex-minister Tomas Brell',
    ],
    [
      'A report on the dam by the Velorian audit office said that the wall was weak.',
      'A report on the dam by the Velorian audit office',
    ],
    [
      'A 2019 Harbour Safety Report by the Ministry of Transport noted that cranes were old.',
      'A 2019 Harbour Safety Report by the Ministry of Transport',
    ],
  ])('the document speaks: %s', (text, source) => {
    expect(en(text)?.source).toMatchObject({ text: source, kind: 'document' });
  });

  it('an outlet that carried the document stays the source', () => {
    const c = en(
      'Nadia Sorel shared an article by the Velorian Herald that claimed the dam leaked.',
    );
    expect(c?.source.kind).toBe('media');
  });

  it('a statement read out mid-clause is no document subject', () => {
    const c = en('An announcer read a statement on behalf of the rebels that accused the mayor.');
    expect(c?.source.kind).not.toBe('document');
  });

  it("a name after a document's noun is its author, not the document", () => {
    const claims = storyClaims(
      'A report published last year by Tomas Brell said the fish were dying. Brell said the river was dirty.',
      'en',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['document', 'named_person']);
  });
});

describe('institutions', () => {
  it('a project as a named organization', () => {
    const c = en('Harmony Outreach Project said in a statement that the shelter was full.');
    expect(c?.source).toMatchObject({ text: 'Harmony Outreach Project', kind: 'organization' });
  });

  it('an acronym after a dotted abbreviation keeps the body it was named with', () => {
    const claims = storyClaims(
      'Wheat fell, the U.N. Harvest and Grain Organization (HGO) said. Rice fell too, according to the HGO.',
      'en',
    );
    expect(claims.map((c) => c.source.kind)).toEqual(['official_body', 'official_body']);
  });
});

describe('agencies of a trade are firms', () => {
  it.each([
    ['His travel agency said the tour went ahead.', 'organization'],
    ['A ratings agency said the harbour bonds were risky.', 'organization'],
    ['The Velorian environment agency said the river was clean.', 'official_body'],
  ])('%s', (text, kind) => {
    expect(en(text)?.source.kind).toBe(kind);
  });
});

describe('single photographs and described participles', () => {
  it('a photograph posted online shows', () => {
    const c = en('A photograph posted online showed water in the main square of Dunmore.');
    expect(c?.source).toMatchObject({ text: 'A photograph posted online', kind: 'document' });
  });

  it('an aside opening with a describing participle of the pack', () => {
    const c = en('The report, commissioned by the harbour board, said the dam leaked.');
    expect(c?.source).toMatchObject({
      text: 'The report, commissioned by the harbour board',
      kind: 'document',
    });
  });
});

describe('people in a country are no officials', () => {
  it.each([
    ['People in Russia say ferry fares are too high.', 'anonymous'],
    ['Many in Moscow said the ferry fares were too high.', 'anonymous'],
    ['Some in the ministry say ferry fares are too high.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(en(text)?.source.kind).toBe(kind);
  });
});

describe('a document, how it came out and where: the document speaks, not the place', () => {
  it.each([
    [
      'The lawsuit filed in federal court in Harlow says the club broke its lease.',
      'The lawsuit filed in federal court in Harlow',
    ],
    [
      'The complaint filed in state court in Velmora, Dalavia, claims the dam was never inspected.',
      'The complaint filed in state court in Velmora, Dalavia',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ kind: 'document', text: source });
  });

  it('people held somewhere are still the people', () => {
    const c = en('Two men arrested in the city said they were innocent.');
    expect(c?.source.kind).toBe('anonymous');
  });
});
