/**
 * English copy naming a government agency by its short name ("the DEA", "NASA"): the agency
 * is an official body, and one of its people with no name ("a NASA scientist", "a DEA
 * agent") is its unnamed official. The names are registry data (core/institutions). Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const source = (text: string) => lastClaim(text, 'en')?.source;

describe('a registered agency speaking is an official body', () => {
  it.each([
    ['The DEA said the shipment had been seized at the port of Velmora.', 'The DEA'],
    ['The rover stopped moving on Tuesday, NASA said.', 'NASA'],
    ['According to the CIA, the courier left Marovia in May.', 'the CIA'],
    ['Interpol said the suspect had crossed into Dalavia.', 'Interpol'],
    ['MI5 said the plot had been foiled in Harwick.', 'MI5'],
    ['The SEC said the fund had misstated its assets.', 'The SEC'],
  ])('%s', (text, name) => {
    expect(source(text)).toMatchObject({ kind: 'official_body', text: name });
  });
});

describe("one of a registered agency's people with no name is its unnamed official", () => {
  it.each([
    'The rover stopped moving on Tuesday, a NASA scientist said.',
    'A DEA agent said the shipment had been seized at the port of Velmora.',
    'NSA analysts said the messages were sent from Harwick.',
    'The courier left Marovia in May, said one CIA officer.',
    'According to two FAA inspectors, the engine mount had cracked.',
  ])('%s', (text) => {
    const s = source(text);
    expect(s).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('an agency word only in lower case stays a word ("ice" is no agency)', () => {
    const s = source('Road crews said ice had closed the pass near Velmora.');
    expect(s?.kind).not.toBe('official_body');
  });
});
