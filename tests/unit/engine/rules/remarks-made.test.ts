/** "X made the remarks in an interview with Y": X made the words of the sentence before, and
 * an outlet they were given to is the relay. Sentences are written for these tests; the
 * outlets are the fixture registry's made-up ones. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from '../helpers';

describe('remarks-made', () => {
  it('the subject made the words before, given to an outlet', () => {
    const claims = storyClaims(
      'The talks are always open to us, Hamid Sarem said. || Sarem made the remarks in an exclusive interview with the Statenews correspondent on Saturday.',
      'en',
    );
    const made = claims.find((c) => c.rule === 'remarks-made');
    expect(made?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(made?.claim).toMatch(/^The talks are always open to us/);
    expect(made?.flags).toContain('state_media');
    // The words before reached the article through that outlet too.
    expect(claims[0]?.source.via).toBe('Statenews');
  });

  it.each([
    'The danger is still lurking, said Hamid Sarem. || Sarem made these comments in reference to the new levy.',
    'The danger is still lurking, said Hamid Sarem. || Sarem made the remarks on Sunday.',
  ])('with no outlet, the subject alone: %s', (text) => {
    const made = storyClaims(text, 'en').find((c) => c.rule === 'remarks-made');
    expect(made?.source.kind).toBe('named_person');
    expect(made?.source.via ?? null).toBeNull();
  });

  it.each([
    'The firm said profit rose. || The firm made the remarks public on Monday.',
    'The firm made the remarks on Monday.',
    'The danger is still lurking, said Hamid Sarem. || He made the remarks at a briefing and noted that the levy would stay.',
    'Kim Jong Un said the drills were a rehearsal. || Kim made the comments as he met scientists, according to Statenews.',
  ])('no such claim: %s', (text) => {
    expect(storyClaims(text, 'en').some((c) => c.rule === 'remarks-made')).toBe(false);
  });
});
