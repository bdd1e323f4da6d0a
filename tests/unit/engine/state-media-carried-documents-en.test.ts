/**
 * A document an outlet only carried ("A statement carried by Statenews said ...", "Footage
 * broadcast by state TV showed ..."), with no commas around the relay: the document is the
 * source, the outlet its via, and state media flags it. Sentences are the team's own;
 * "Statenews" is the fixture registry's state agency.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a document carried by a state outlet, with no commas', () => {
  it.each([
    ['A statement carried by Statenews said the dam at Orvo would be closed.', 'Statenews'],
    [
      'The statement carried by the official Statenews agency said the dam would close.',
      'Statenews',
    ],
    ['Footage broadcast by state TV showed soldiers crossing the Lemma bridge.', 'state TV'],
    [
      'Footage aired by the state-run Kestrel news channel showed boats burning in the harbour.',
      'Kestrel news channel',
    ],
    ['A transcript carried by Statenews showed the general told cadets to stay home.', 'Statenews'],
    ['"The dam will close," the statement carried by Statenews said.', 'Statenews'],
  ])('%s', (text, via) => {
    const c = en(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.via).toContain(via);
    expect(c?.flags).toContain('state_media');
  });

  it('the document alone is the source as written', () => {
    const c = en('A statement carried by Statenews said the dam at Orvo would be closed.');
    expect(c?.source.text).toBe('A statement');
  });

  it('a private outlet is the via with no flag', () => {
    const c = en('A letter published by the Daily Planet said the dam would close.');
    expect(c?.source).toMatchObject({ kind: 'document', via: 'Daily Planet' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });
});

describe("an outlet's own journalism stays the outlet", () => {
  it.each([
    ['A commentary carried by Statenews said the dam would close.'],
    ['An editorial published by Statenews said the dam would close.'],
    ['A report by Statenews said the dam would close.'],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe("an outlet carrying someone's comments or remarks", () => {
  it.each([
    [
      'Statenews carried comments by General Oskar Brel saying the drills were a provocation.',
      'General Oskar Brel',
    ],
    [
      'State television aired remarks by General Oskar Brel saying the army was ready.',
      'General Oskar Brel',
    ],
    [
      'Statenews published remarks from General Oskar Brel calling the drills a provocation.',
      'General Oskar Brel',
    ],
  ])('%s', (text, speaker) => {
    const c = en(text);
    expect(c?.source.text).toBe(speaker);
    expect(c?.flags).toContain('state_media');
  });
});
