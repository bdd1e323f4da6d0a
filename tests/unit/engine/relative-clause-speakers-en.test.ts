/**
 * A speaker set in a relative clause of the claim ("a fire that police said was set"): the
 * clause's subject alone is that speaker (never "a fire that police"), and an outlet closing
 * the sentence ("..., local media reported") reports the whole, so it is the source and the
 * clause's attribution is nested. Every sentence is the team's own; "Statenews" is the
 * helpers' state-run fixture outlet. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('an outlet closing the sentence is the source of the whole', () => {
  it('"that authorities said ..., local media reported"', () => {
    const found = claims(
      'Four people died in two fires that authorities said appeared to be linked, local media reported.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.source).toMatchObject({ text: 'local media', kind: 'media' });
    expect(found[0]?.claim).toBe(
      'Four people died in two fires that authorities said appeared to be linked',
    );
  });

  it('a state outlet: state media, not unnamed officials it carried', () => {
    const found = claims(
      'The army took the ridge in an assault that officials said lasted six hours, state media reported.',
    );
    expect(found.map((c) => [c.source.kind, c.flags])).toEqual([['state_media', ['state_media']]]);
  });

  it('a registered state outlet after "which"', () => {
    const found = claims(
      'The dam, which engineers said was built in 1962, burst on Monday, Statenews said.',
    );
    expect(found[0]?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });
});

describe('the relative clause subject alone', () => {
  it('with no outlet closing, the clause speaker is the group itself', () => {
    const found = claims(
      'Four people died in two fires that authorities said appeared to be linked.',
    );
    expect(found[0]?.source).toMatchObject({ text: 'authorities', kind: 'official_body' });
  });

  it('"senior officials" as the clause subject', () => {
    const found = claims(
      'The talks collapsed over a clause that senior officials say was added at night.',
    );
    expect(found[0]?.source.text).toBe('senior officials');
  });

  it('a clause withholding a name still describes its head', () => {
    const found = claims('A neighbour who asked not to be named said the gate was left open.');
    expect(found[0]?.source).toMatchObject({ kind: 'anonymous' });
    expect(found[0]?.source.text).toContain('A neighbour');
  });
});

describe('a main-clause speaker keeps the outlet as via', () => {
  it('"Police said ..., Statenews reported" is the police, via the outlet', () => {
    const found = claims('Police said the fire was set on purpose, Statenews reported.');
    expect(found[0]?.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
    expect(found[0]?.flags).toContain('state_media');
  });
});
