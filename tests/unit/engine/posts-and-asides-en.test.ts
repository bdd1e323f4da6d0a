/**
 * Session 13: English speakers posting their words ("posted a video saying ...", ", writing
 * that ...") and a speaker's relative clause holding commas of its own. Every sentence is the
 * team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');
const intro = 'Alma Ruiz, a hydrologist at Brill University, studies the river. || ';

describe('words posted or sent with a participle of saying', () => {
  it.each([
    ['Ruiz posted a video on Instagram saying the river was dying.', 'posted a video'],
    ['Ruiz posted a message on X saying the vote had been rigged.', 'posted a message'],
    ['Ruiz sent a letter to the council saying the dam was unsafe.', 'sent a letter'],
    ['Ruiz shared a photo of the dam, writing that the river was dying.', 'writing'],
    ['Ruiz took to Instagram, writing that the river was dying.', 'writing'],
  ])('%s', (text, cue) => {
    const c = en(intro + text);
    expect(c?.cue).toBe(cue);
    expect(c?.source).toMatchObject({ text: 'Ruiz', kind: 'named_person' });
  });

  it('a group releasing a video that claims a deed is its source', () => {
    const c = en('A Velorian rebel group released a video claiming to have downed the drone.');
    expect(c?.cue).toBe('released a video');
    expect(c?.source.kind).toBe('organization');
  });

  it.each([
    'Ruiz spent the winter writing the report on the dam.',
    'Ruiz posted a video of the flood on Instagram.',
  ])('writing a thing or posting one reports no words: %s', (text) => {
    expect(storyClaims(intro + text, 'en').filter((c) => c.sentence === text)).toEqual([]);
  });
});

describe("a speaker's relative clause with commas inside", () => {
  it.each([
    [
      '"The dam will hold," Pia Ostrow, who, like Ruiz, campaigned for the repairs, told Valley Radio.',
      'Pia Ostrow, who, like Ruiz, campaigned for the repairs',
    ],
    [
      '"The dam will hold," Pia Ostrow, who, like Ruiz campaigned for the repairs, told Valley Radio.',
      'Pia Ostrow, who, like Ruiz campaigned for the repairs',
    ],
    [
      'Pia Ostrow, who, unlike her rivals, grew up in Brill, said the dam would hold.',
      'Pia Ostrow, who, unlike her rivals, grew up in Brill',
    ],
  ])('%s', (text, source) => {
    const c = en(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it('a comma before the verb after a plain appositive keeps the appositive', () => {
    const c = en('Pia Ostrow, the governor of the valley, said the dam would hold.');
    expect(c?.source.text).toBe('Pia Ostrow, the governor of the valley');
  });
});
