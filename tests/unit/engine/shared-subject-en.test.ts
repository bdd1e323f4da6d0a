/**
 * Session 13: a reporting verb sharing the sentence's subject after a coordinator and an
 * auxiliary or adverb ("... but has long argued ..."). Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a coordinated verb after an auxiliary shares the subject', () => {
  it.each([
    ['Norway has tightened checks but has long argued it needs more help.', 'argued'],
    ['Norway has tightened checks but has argued that it needs more help.', 'argued'],
    ['The Dunmore council cut the budget and has repeatedly said the cuts are fair.', 'said'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('official_body');
  });

  it('a phrase ending in the coordinator is still no subject', () => {
    const claims = storyClaims('Officials studied the plan and have long said nothing.', 'en');
    expect(claims.every((c) => c.source.text !== 'the plan and')).toBe(true);
  });
});

describe('a named speaker’s bare verb before a plain clause with no "that"', () => {
  const intro = 'Alma Ruiz, a hydrologist at Brill University, studies the dam. || ';
  it.each(['complained', 'observed', 'countered', 'responded', 'stresses', 'emphasizes'])(
    'Ruiz %s the dam is too old to repair.',
    (verb) => {
      const c = lastClaim(`${intro}Ruiz ${verb} the dam is too old to repair.`, 'en');
      expect(c?.cue).toBe(verb);
      expect(c?.source.kind).toBe('named_person');
    },
  );

  it.each([
    'Ruiz complained the whole time about the noise.',
    'Ruiz responded the same way to every question.',
  ])('no clause, no claim: %s', (text) => {
    expect(storyClaims(intro + text, 'en').filter((c) => c.sentence === text)).toEqual([]);
  });
});
