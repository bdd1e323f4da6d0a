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
    // Observers of a vote or a truce; "monitors" is no verb here.
    'African Union monitors say the Orlen vote was conducted properly.',
    'An observer said the Orlen queues were long.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous']);
  });
});

describe('clergy with no name', () => {
  it.each([
    'The bishop said the Orlen cathedral would reopen.',
    'An archbishop said the Orlen cathedral would reopen.',
    'The rabbi said the Orlen synagogue would reopen.',
    'A local pastor said the Orlen chapel would reopen.',
    'The chaplain said the Orlen ward was calm.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous']);
  });

  it('a bishop with a name is that person', () => {
    const claims = paragraphClaims('en', 'Bishop Tomas Reyna said the cathedral would reopen.');
    expect(claims[0]?.source).toMatchObject({ kind: 'named_person', name: 'Tomas Reyna' });
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

describe('people who were there, and people of a trade, as sources', () => {
  it.each([
    'According to attendees, the Orlen talks ended early.',
    'According to mourners, the Orlen procession was stopped.',
    'According to refugees, the Orlen camp has no water.',
    'According to onlookers, the Orlen tower swayed.',
    'According to worshippers, the Orlen mosque was shut.',
    'According to bankers, the Orlen bond sale was delayed.',
    'According to pollsters, the Orlen race is tied.',
    'According to lobbyists, the Orlen bill will stall.',
    'An inmate said the Orlen prison was overcrowded.',
    'A lobbyist said the Orlen bill would stall.',
    'One consultant said the Orlen bid was too low.',
    'A colleague said the Orlen report was rushed.',
    'Hostages freed by the army said the Orlen guards fed them once a day.',
    // Placed in a capital, still a person there, not the state.
    'A Western businessman in Pyongyang said the Orlen hotel was empty.',
    'Foreign expatriates in Riyadh said the Orlen compound was sealed.',
  ])('%s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous']);
  });

  it('a delegate with no name is an unnamed official, with a name that person', () => {
    const unnamed = paragraphClaims('en', 'A delegate said the Orlen text was agreed.');
    expect(unnamed.map((c) => c.source.kind)).toEqual(['unnamed_official']);
    const named = paragraphClaims('en', 'Delegate Ines Varga said the Orlen text was agreed.');
    expect(named[0]?.source).toMatchObject({ kind: 'named_person', name: 'Ines Varga' });
  });
});

describe('a lawyer with no name', () => {
  it.each([
    'A lawyer for the family said the Orlen clinic was negligent.',
    'An attorney for the tenants said the Orlen landlord broke the law.',
    'A defense attorney said the Orlen evidence was weak.',
    'His lawyer said the charges against him were baseless.',
    'Her attorney said the charges against her were baseless.',
  ])('speaks for a client, no office: %s', (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['anonymous']);
  });

  it.each([
    'A Justice Department lawyer said the Orlen case would proceed.',
    "The ministry's senior lawyer said the Orlen contract was void.",
    "Peru's top lawyer said the Orlen ruling was a victory.",
  ])("a body's or a state's lawyer is its official: %s", (text) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => c.source.kind)).toEqual(['unnamed_official']);
  });
});
