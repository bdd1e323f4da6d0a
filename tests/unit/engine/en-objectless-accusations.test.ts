/**
 * An accusing verb right before its charge's marker ("a group accused of fraud") has no
 * object: it describes the accused, who accuse nobody. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('accused of, with no object', () => {
  it('the accused is no accuser, and the closing finding is kept', () => {
    const [c] = storyClaims(
      'A Dunmore charity accused of hiding donations may have paid for trips abroad, a Harlow Gazette review found.',
      'en',
    );
    expect(c?.cue).toBe('found');
    expect(c?.source.text).toBe('a Harlow Gazette review');
  });

  it('an aside "accused of" leaves the speaker his own words', () => {
    const [c] = storyClaims('The senator, accused of bribery, said he was innocent.', 'en');
    expect(c).toMatchObject({ cue: 'said', claim: 'he was innocent' });
  });

  it('an accuser with an object still accuses', () => {
    const [c] = storyClaims('The Dunmore union accused the mayor of lying.', 'en');
    expect(c).toMatchObject({ cue: 'accused', claim: 'the mayor of lying' });
  });
});
