/**
 * Shapes of wire copy around a state outlet's relay: a plural noun of saying inside a
 * preposition's object ("in answer to media reports that ...") is no verb with a subject, so
 * the outlet closing the sentence reports it; "international media" is news media; a
 * statement an outlet carried, told in a relative clause ("carried a statement from the
 * ministry that said ..."); a piece a speaker wrote for an outlet ("Writing in ...", "in an
 * op-ed in ..."); an audience told before "according to" an outlet; a question an outlet
 * put ("in answer to a question from ..."); an outlet cited in an aside ("X, according to
 * ..., said"); generic words for the state broadcaster ("government radio"); a quote with no
 * one quoting after a state outlet reported the speaker; an outlet reporting "without citing
 * sources". Every
 * sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, onlyClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a noun of saying after a preposition is no verb', () => {
  it.each([
    'Inspector Hal Brenner spoke about the case in answer to foreign media reports that the ferry had sunk, Statenews reported.',
    'The port chief mentioned the ferry in reply to international media reports that it had sunk, Statenews reported.',
  ])('the state outlet closing the sentence reports it: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker responding to media claims speaks through the state outlet, not the media', () => {
    const c = onlyClaim(
      'Captain Oda Vries responded to local media claims that the ferry had sunk, Statenews said.',
      'en',
    );
    expect(c?.source.text).not.toContain('media');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker answering media reports with no outlet told has no via', () => {
    const c = onlyClaim(
      'Captain Oda Vries responded to local media reports that the ferry sank.',
      'en',
    );
    expect(c?.source.via ?? null).toBeNull();
  });

  it('media reports as the subject still speak', () => {
    const c = onlyClaim('Local media reports said the ferry had sunk near Karsa.', 'en');
    expect(c?.source.kind).toBe('media');
  });

  it('an outlet reporting in the present tense still speaks', () => {
    const c = onlyClaim('Statenews reports that the ferry sank near Karsa.', 'en');
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
  });

  it('a speaker denying reports still speaks', () => {
    const c = en('The harbour office denied reports that the ferry had sunk, Statenews said.');
    expect(c?.source.kind).toBe('official_body');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });
});

describe('"international media" is news media', () => {
  it.each([
    'International media said the ferry had sunk near Karsa.',
    'International media reports said the ferry had sunk near Karsa.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('media');
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('a statement an outlet carried, told in a relative clause', () => {
  it.each([
    'Statenews carried a statement from the harbour ministry that said the ferry had sunk.',
    'Statenews published a statement by the harbour ministry that said the ferry had sunk.',
    'Statenews carried a statement from the harbour ministry, which said the ferry had sunk.',
  ])('its author speaks through the outlet: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'the harbour ministry' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a private outlet carrying it is the via, with no state flag', () => {
    const c = onlyClaim(
      'Daily Planet carried a statement from the harbour ministry that said the ferry had sunk.',
      'en',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it("the outlet's own commentary is the outlet speaking", () => {
    const c = onlyClaim(
      'State media carried a commentary that said the ferry was a disgrace.',
      'en',
    );
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a statement with no author is a document carried by the outlet', () => {
    const c = onlyClaim('Statenews carried a statement that said the ferry had sunk.', 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a body issuing a statement that says it is the body speaking', () => {
    const c = onlyClaim(
      'The harbour ministry issued a statement that said the ferry had sunk.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'The harbour ministry' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a statement the speaker read out is no carried statement', () => {
    const c = onlyClaim('The harbour minister said the ferry that sank was old.', 'en');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('a piece a speaker wrote for an outlet', () => {
  it.each([
    'Writing in Statenews, Minister Ivo Marsh said the ferry had sunk.',
    'Minister Ivo Marsh, writing in Statenews, said the ferry had sunk.',
    'Minister Ivo Marsh wrote in Statenews that the ferry had sunk.',
    'In a commentary in Statenews, Minister Ivo Marsh said the ferry had sunk.',
    'In an op-ed published in Statenews, Minister Ivo Marsh said the ferry had sunk.',
    'In an article for Statenews, Minister Ivo Marsh said the ferry had sunk.',
    'Minister Ivo Marsh said in an essay in Statenews that the ferry had sunk.',
  ])('the state outlet that printed it is the via: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Ivo Marsh' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a private paper is the via, with no state flag', () => {
    const c = onlyClaim(
      'In an op-ed in Daily Planet, Minister Ivo Marsh said the ferry sank.',
      'en',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('the next sentence does not go on with an earlier state relay past its own outlet', () => {
    const c = en(
      'Minister Ivo Marsh told Statenews the ferry had sunk. || In an op-ed in Daily Planet, Marsh said the port was closed.',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it.each([
    'Minister Ivo Marsh wrote in a letter that the ferry had sunk.',
    'Minister Ivo Marsh wrote in his memoir that the ferry had sunk.',
    'Minister Ivo Marsh said in a commentary in 2019 that the ferry had sunk.',
  ])('a letter, a book or a date is no outlet: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.name).toBe('Ivo Marsh');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('an audience told, then the outlet that reported it', () => {
  it.each([
    'The ferry had sunk, Captain Oda Vries told reporters, according to Statenews.',
    '"The ferry has sunk," Captain Oda Vries told journalists, according to Statenews.',
  ])('the speaker is the source and the outlet the via: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Oda Vries' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('an act with a thing as its object is still the outlet telling of it', () => {
    const c = onlyClaim(
      'Captain Oda Vries declared three days of mourning, according to Statenews.',
      'en',
    );
    expect(c?.source.kind).toBe('state_media');
  });
});

describe('a question an outlet put to the speaker', () => {
  it.each([
    'A harbour ministry spokesman said in answer to a question from Statenews that the ferry had sunk.',
    'A harbour ministry spokesman said in a question-and-answer session with Statenews that the ferry had sunk.',
    'In reply to questions from Statenews, a harbour ministry spokesman said the ferry had sunk.',
  ])('the outlet that asked carried the answer: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('a question from a person reaches no outlet', () => {
    const c = onlyClaim(
      'A harbour ministry spokesman said in answer to a question from a lawmaker that the ferry had sunk.',
      'en',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('an outlet cited in an aside between the speaker and the verb', () => {
  it('the speaker is the source and the outlet the via', () => {
    const c = onlyClaim(
      'Captain Oda Vries, according to Statenews, said the ferry had sunk.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Captain Oda Vries' });
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('the ferry had sunk');
  });

  it('an outlet citing after the verb is still the via', () => {
    const c = onlyClaim('Captain Oda Vries said the ferry had sunk, according to Statenews.', 'en');
    expect(c?.source.text).toBe('Captain Oda Vries');
    expect(c?.source.via).toBe('Statenews');
  });

  it('with no speaker before the aside, the outlet is the source', () => {
    const c = onlyClaim('The ferry, according to Statenews, sank near Karsa.', 'en');
    expect(c?.source.kind).toBe('state_media');
  });
});

describe('generic words for the state broadcaster and news media', () => {
  it.each([
    'The ferry had sunk, government radio said.',
    'The ferry had sunk, government television said.',
    'The ferry had sunk, official radio reported.',
    'The ferry had sunk, state news media said.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a speaker telling government radio speaks through it', () => {
    const c = onlyClaim('Captain Oda Vries told government radio the ferry had sunk.', 'en');
    expect(c?.source.name).toBe('Oda Vries');
    expect(c?.source.via).toBe('government radio');
    expect(c?.flags).toContain('state_media');
  });
});

describe('a quote with no one quoting, after a state outlet reported the speaker', () => {
  it('the outlet that reported the speaker quoted them', () => {
    const c = en(
      'Judge Tal Orin spoke about the ferry case, Statenews reported. || He was quoted as saying the court would decide.',
    );
    expect(c?.source.resolvesTo).toBe('Tal Orin');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('after a private outlet it takes no state flag', () => {
    const c = en(
      'Judge Tal Orin spoke about the ferry case, Daily Planet reported. || He was quoted as saying the court would decide.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('a quote with its own outlet keeps it', () => {
    const c = en(
      'Judge Tal Orin spoke about the ferry case, Statenews reported. || He was quoted by Daily Planet as saying the court would decide.',
    );
    expect(c?.source.via).toBe('Daily Planet');
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('two sentences on, the outlet is no longer the one quoting', () => {
    const c = en(
      'Judge Tal Orin spoke about the ferry case, Statenews reported. || The court sat on Monday. || He was quoted as saying the court would decide.',
    );
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe('an outlet reporting without citing anyone', () => {
  it.each([
    'Statenews reported on Sunday, without citing sources, that the ferry had sunk.',
    'The ferry had sunk, Statenews said without citing sources.',
  ])('the outlet is the source: %s', (text) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source).toMatchObject({ kind: 'state_media', outlet: 'statenews' });
    expect(c?.flags ?? []).not.toContain('unnamed_source');
  });

  it('citing sources still makes them the source', () => {
    const c = onlyClaim('Statenews reported, citing sources, that the ferry had sunk.', 'en');
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.via).toBe('Statenews');
  });
});
