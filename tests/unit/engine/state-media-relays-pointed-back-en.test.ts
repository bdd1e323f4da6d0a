/**
 * English wire-copy classes of session 10's second state-media round: an outlet's own piece or
 * its word pointed back to ("the article said", "told the paper"), the outlet an "it" relay
 * stands for, occasions and footage broadcast on state television, the claim of words an
 * outlet closing the sentence carried, and committees of a legislature as bodies (a kind error
 * of the same wire cases). Every sentence is the team's own. A paragraph break is written
 * " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string) => lastClaim(text, 'en');
const claims = (text: string) => storyClaims(text, 'en');

describe('"the article said": the outlet that wrote the piece speaks again', () => {
  it('a commentary in a state paper, then "the article said", is state media', () => {
    const c = last(
      'A commentary in Statenews said the dam protests were staged. || "The harbour will not bow to rumour," the article said.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'the article' });
    expect(c?.source.resolvesTo).toContain('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('the editorial of a paper the state does not run is media', () => {
    const c = last(
      'The Daily Planet said in an editorial that the tolls were too high. || The editorial said drivers had paid enough.',
    );
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('"according to the report" right after the outlet "reported" is its report, and so is the next "the report"', () => {
    const text =
      'Velmar test-fired a missile on Saturday, Statenews reported. || The leader oversaw the test, according to the report. || The report said the test was part of a plan.';
    const c2 = storyClaims(text, 'en')[1];
    const c3 = last(text);
    for (const c of [c2, c3]) {
      expect(c?.source.kind).toBe('state_media');
      expect(c?.flags).toContain('state_media');
    }
  });

  it('"the report" after a report the sentence before names is that one', () => {
    const c = last(
      'The ministry issued a report on the floods, Statenews said. || The report said two dams burst.',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('"the report said" after a report of a body stays the document', () => {
    const c = last(
      'A report by the river authority found the levees were weak. || The report said repairs would take a decade.',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('"its website" is the one "it" points to, not the outlet that wrote last', () => {
    const c = last(
      'Statenews said the fair had opened. || The fair began in 1901, according to its website.',
    );
    expect(c?.source.kind).not.toBe('state_media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('an outlet several sentences back is too far for "the article"', () => {
    const c = last(
      'Statenews said the fair had opened. || Crowds were large. || Prices rose. || Rain fell on Tuesday. || The article said the stalls were full.',
    );
    expect(c?.source.kind).toBe('document');
  });
});

describe('"it said, quoting ...": the via is the outlet "it" points to', () => {
  it('a spokesman quoted by state TV through "it"', () => {
    const c = last(
      'A fire broke out at the Vell refinery on Monday, state TV said. || The blaze was put out within an hour, it said, quoting a civil defence spokesman.',
    );
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', via: 'state TV' });
    expect(c?.flags).toContain('state_media');
  });

  it('"It quoted a source as saying" after a named state outlet', () => {
    const c = last(
      'Statenews said the border post had reopened. || It quoted an army source as saying the road was clear.',
    );
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });
});

describe('"the paper", "the agency": one outlet pointed back to', () => {
  it('"the paper said" after a state paper is state media', () => {
    const c = last(
      'Statenews said in an editorial that the canal must be dredged. || "The river is our road," the paper said.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', text: 'the paper' });
    expect(c?.flags).toContain('state_media');
  });

  it('"told the newspaper" after a state paper is a relay through state media', () => {
    const c = last(
      'Statenews said the canal would be dredged. || "Work starts in May," engineer Ilse Varan told the newspaper.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'the newspaper' });
    expect(c?.flags).toContain('state_media');
  });

  it('"the agency said" after a state agency is that agency', () => {
    const c = last(
      'Statenews reported that the ferry had sunk. || The agency said 12 people were missing.',
    );
    expect(c?.source).toMatchObject({ kind: 'state_media', resolvesTo: 'Statenews' });
  });

  it('"the agency" after a government agency named before stays that agency', () => {
    const c = last(
      'The Coastal Safety Agency said the ferry had sunk. || Statenews reported the same. || The agency said 12 people were missing.',
    );
    expect(c?.source.kind).toBe('official_body');
  });

  it('"the paper" after a private paper is media, not flagged', () => {
    const c = last(
      'The Daily Planet said the canal would be dredged. || The paper said work starts in May.',
    );
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('"the paper" after a study stays a document', () => {
    const c = last(
      'A study of river silt found the canal was shrinking. || The paper said dredging would not help.',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('"the media" is no one outlet', () => {
    const c = last(
      'Statenews said the canal would be dredged. || The media said work starts in May.',
    );
    expect(c?.source.kind).not.toBe('state_media');
  });
});

describe('an occasion broadcast on state television carries the words', () => {
  it('"said at a news conference with X broadcast live on state television"', () => {
    const c = last(
      '"The pipeline will be built," Premier Tavo Ressel said at a news conference with his guest broadcast live on state television.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'state television' });
    expect(c?.flags).toContain('state_media');
  });

  it('"told a meeting broadcast on state television": the meeting is the occasion', () => {
    const c = last(
      'The army would guard the dam, Premier Tavo Ressel told a cabinet meeting broadcast on state television.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'state television' });
    expect(c?.flags).toContain('state_media');
  });

  it('a meeting no outlet carried relays nothing', () => {
    const c = last('Premier Tavo Ressel told a cabinet meeting that the army would guard the dam.');
    expect(c?.source.via ?? null).toBeNull();
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('what generic state media carried reaches the article through it', () => {
  // The footage is the source, the outlet its via (attribution.md: the inner speaker).
  it('"Footage broadcast by state TV showed ..."', () => {
    const c = last('Footage broadcast by state TV showed long queues at the Vell border post.');
    expect(c?.source).toMatchObject({ kind: 'document', text: 'Footage', via: 'state TV' });
    expect(c?.flags).toContain('state_media');
  });

  it('"..., pictures aired by state television showed"', () => {
    const c = last(
      'Water had reached the upper floors, pictures aired by state television showed.',
    );
    expect(c?.source).toMatchObject({ kind: 'document', via: 'state television' });
    expect(c?.flags).toContain('state_media');
  });

  it('footage from social media stays a document', () => {
    const c = last('A video posted on social media showed long queues at the Vell border post.');
    expect(c?.source.kind).toBe('document');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('the claim of words relayed by an outlet that closes the sentence', () => {
  it('"<claim>, X said, according to state media": the words before the speaker', () => {
    const c = last('The harbour would close, Premier Tavo Ressel said, according to state media.');
    expect(c?.claim).toBe('The harbour would close');
    expect(c?.source).toMatchObject({ text: 'Premier Tavo Ressel', via: 'state media' });
  });

  it('"X said <claim>, Statenews said": the outlet is no part of the claim', () => {
    const c = last('The ministry said the harbour would close, Statenews said.');
    expect(c?.claim).toBe('the harbour would close');
  });

  it('"<claim>, a state-run newspaper said on Friday, but ...": the claim is before the paper', () => {
    const c = claims(
      'The harbour would close, a state-run newspaper said on Friday, but the ministry said it had not heard of the plans.',
    )[0];
    expect(c?.claim).toBe('The harbour would close');
    expect(c?.source.kind).toBe('state_media');
  });
});

describe('committees of a legislature are official bodies', () => {
  it.each([
    'A congressional committee found the port authority had lost the records.',
    'A parliamentary committee found the port authority had lost the records.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('a committee of a club stays an organization', () => {
    expect(last('The club committee said the pitch was flooded.')?.source.kind).toBe(
      'organization',
    );
  });
});

describe('a pronoun in the next sentence goes on with words state media carried', () => {
  it('"It said" after a statement carried by a state agency keeps the via and the flag', () => {
    const c = last(
      'In a statement carried by Statenews, the fisheries office said the quota was final. || "The sea must rest," it said.',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('"He also said" after "according to state media", and "He added" after that', () => {
    const all = claims(
      'Premier Tavo Ressel said the harbour would close, according to state media. || He also said ships would be redirected. || He added that fares would fall.',
    );
    expect(all.map((c) => c.flags.includes('state_media'))).toEqual([true, true, true]);
  });

  it('a sentence between breaks the chain', () => {
    const c = last(
      'Premier Tavo Ressel said the harbour would close, according to state media. || Prices rose in Vell. || He also said ships would be redirected.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('"told Reuters" is no report the next sentence goes on with', () => {
    const c = last(
      'Mayor Ilse Varan told Reuters the harbour would close. || "We have no choice," she said.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});
