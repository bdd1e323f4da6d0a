/** Plain nouns for unnamed people speaking as a group ("Academics said", "Sceptics argue",
 * "Imams said"): an unnamed source, not a firm's lone name. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('nouns for unnamed people', () => {
  it.each([
    'Academics said the Orlen survey was flawed.',
    'Sceptics argue that the Orlen survey was flawed.',
    'Local imams said the Orlen mosque would reopen.',
    'Architects said the Orlen tower was unsafe.',
    'Rivals said the Orlen bid was too low.',
    'Senior clergy said the Orlen church would reopen.',
    'A Democratic staffer said the Orlen bill would stall.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous']);
  });
});

describe('nouns for unnamed officials', () => {
  it.each([
    'Councillors said the Orlen budget was short.',
    'Two congressmen said the Orlen budget was short.',
    'Civil servants said the Orlen budget was short.',
    'Local politicians said the Orlen budget was short.',
    'Magistrates said the Orlen court was overloaded.',
    'Central bankers said the Orlen crown was too strong.',
    'One policymaker said the Orlen crown was too strong.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['unnamed_official']);
  });

  it('a councillor with a name is that person', () => {
    const claims = paragraphClaims('en', 'Councillor Ines Varga said the budget was short.');
    expect(claims[0]?.source).toMatchObject({ kind: 'named_person', name: 'Ines Varga' });
  });
});
