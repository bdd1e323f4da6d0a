/**
 * A broadcaster's programme speaking ("The show accused them of ...", "A documentary aired by
 * state television accused ..."): its outlet's journalism, state media when the state runs
 * the outlet. Sentences are the team's own; "Statenews" is the fixture registry's state
 * agency. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a programme of a state outlet', () => {
  it.each([
    ['The show, broadcast on state TV on Sunday, accused the rebels of hoarding seed.'],
    ['The programme on state television accused the rebels of stealing grain.'],
    [
      'Statenews said the harvest was a record. || The show also accused the rebels of hoarding seed.',
    ],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a documentary aired by a state outlet reaches the article through it', () => {
    const c = en('A documentary aired by Statenews accused the rebels of stealing grain.');
    expect(c?.source.via).toBe('Statenews');
    expect(c?.flags).toContain('state_media');
  });

  it('"the show" after a private outlet is media', () => {
    const c = en(
      'The Daily Planet said the harvest was a record. || The show also accused the rebels of hoarding seed.',
    );
    expect(c?.source).toMatchObject({ kind: 'media', resolvesTo: 'The Daily Planet' });
    expect(c?.flags ?? []).not.toContain('state_media');
  });

  it('"the show" with a clause of its own still accuses', () => {
    const c = en(
      'The show - a mix of songs and sketches - last year singled out two banks, accusing them of hiding fees.',
    );
    expect(c?.source).toMatchObject({ kind: 'media', text: 'The show' });
  });

  it('"show" as a verb still cues a finding', () => {
    const c = en('The figures show that grain prices rose.');
    expect(c?.cue).toBe('show');
    expect(c?.source.kind).toBe('document');
  });
});
