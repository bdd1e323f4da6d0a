/**
 * English: an occasion's phrase between the verb and "that" ("said in an interview with the
 * Daily Planet on Sunday that ...", "said in an interview published on Sunday by Statenews
 * that ...") is no part of the claim, and an outlet that published the interview carries the
 * words. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a long occasion phrase before "that"', () => {
  it.each([
    'Mayor Ines Darrow said in an interview with the Daily Planet on Sunday that the bridge was safe.',
    'Mayor Ines Darrow said in a report released on Tuesday by her office that the bridge was safe.',
    'Mayor Ines Darrow said in an interview published on Sunday by the Daily Planet that the bridge was safe.',
  ])('%s', (sentence) => {
    expect(en(sentence)?.claim).toBe('the bridge was safe');
  });
});

describe('an outlet that published or reported the words, a date between', () => {
  it('"said in an interview published on Sunday by Statenews that": the outlet is the via', () => {
    const c = en(
      'Foreign Minister Darin Kallas said in an interview published on Sunday by Statenews that the talks had failed.',
    );
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      name: 'Darin Kallas',
      via: 'Statenews',
    });
    expect(c?.claim).toBe('the talks had failed');
    expect(c?.flags).toContain('state_media');
  });

  it.each([
    'In remarks reported by Statenews, Premier Lo Tengwei said the economy would grow.',
    'In comments reported by Statenews on Sunday, Premier Lo Tengwei said the economy would grow.',
  ])('"%s": the speaker via the outlet, not the outlet', (sentence) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Lo Tengwei', via: 'Statenews' });
    expect(c?.claim).toBe('the economy would grow');
  });

  it.each([
    'The Kelbo trade ministry, in remarks reported by Statenews, said the economy would grow.',
    'Premier Lo Tengwei, in brief comments reported by Statenews on Sunday, said the economy would grow.',
  ])('"%s": the occasion set off after the speaker, the outlet its via', (sentence) => {
    const c = en(sentence);
    expect(c?.rule).toBe('speaker-verb');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.claim).toBe('the economy would grow');
    expect(c?.flags).toContain('state_media');
  });

  it('an aside that is no occasion keeps its agent: "The dam, built by Acme, ..."', () => {
    const c = en('The plan, first reported by Statenews, would close the port.');
    expect(c?.source.text).toBe('Statenews');
  });

  it('"According to a transcript of the call, ...": the topic is the document\'s', () => {
    const c = en('According to a transcript of the call, the dispute must be settled by talks.');
    expect(c?.source).toMatchObject({ kind: 'document', text: 'a transcript of the call' });
    expect(c?.claim).toBe('the dispute must be settled by talks');
  });
});

describe('a document an outlet released, opening the sentence', () => {
  it('"According to a readout of the call released by Statenews, X told ...": X via the outlet', () => {
    const c = en(
      'According to a readout of the call released by Statenews, President Han Molin told his counterpart that the dispute must be settled by talks.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Han Molin', via: 'Statenews' });
    expect(c?.claim).toBe('the dispute must be settled by talks');
    expect(c?.flags).toContain('state_media');
  });

  it('with no speaker, the document is the source and the outlet its via', () => {
    const c = en('According to a readout released by Statenews, the two leaders agreed to meet.');
    expect(c?.source).toMatchObject({ kind: 'document', via: 'Statenews' });
    expect(c?.claim).toBe('the two leaders agreed to meet');
    expect(c?.flags).toContain('state_media');
  });

  it('a document a ministry released stays the via', () => {
    const c = en(
      'According to a readout released by the foreign ministry, President Han Molin said the talks went well.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Han Molin' });
    expect(c?.claim).toBe('the talks went well');
    expect(c?.flags).not.toContain('state_media');
  });
});

describe('an interview described before its noun, with the outlet that held it', () => {
  it.each([
    'Mayor Ann Lutz said in an exclusive interview with Statenews that the port would reopen.',
    'In a wide-ranging interview with Statenews, Mayor Ann Lutz said the port would reopen.',
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
    expect(c?.claim).toBe('the port would reopen');
  });

  it('a person interviewing carries nothing', () => {
    const c = en(
      'Mayor Ann Lutz said in a long interview with her deputy that the port would reopen.',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});
