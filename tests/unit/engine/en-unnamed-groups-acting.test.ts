/**
 * English unnamed groups described by what they do ("rebels fighting the army say"), roles
 * written with whom they serve before the name ("said Marland's envoy to the U.N., Ivo
 * Dresner"), and names met before only inside an unnamed source's phrase. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('an unnamed group, a participle, then its object before the verb', () => {
  it.each([
    ['Rebels fighting the government say the army has kept up its attacks.', 'anonymous'],
    ['But insurgents fighting Vardan said they had taken the dam.', 'anonymous'],
    ['Activists opposed to the plan said the vote was rigged.', 'anonymous'],
    ['Protesters marching on the palace said they would stay for a week.', 'anonymous'],
    ['Police officers guarding the embassy said the crowd was peaceful.', 'unnamed_official'],
    ['Lawyers representing Kovac said they would appeal the verdict.', 'anonymous'],
    ['Lawyers representing the families have said they will appeal.', 'anonymous'],
    ['Two diplomats attending the talks in Orvik told Wirely a deal was near.', 'unnamed_official'],
    [
      'The town had fallen, but fighters defending the bridge said they would hold it.',
      'anonymous',
    ],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
    expect(c?.source.text).toMatch(
      /^(Rebels|insurgents|Activists|Protesters|Police|Lawyers|Two|fighters)/,
    );
  });

  it('a source found before the participle keeps its own words', () => {
    const c = last('Doctors treating the wounded said most had gunshot wounds.');
    expect(c?.source).toMatchObject({ text: 'Doctors treating the wounded', kind: 'anonymous' });
  });

  it('an outlet after a participle still relays ("contacted by Wirely")', () => {
    const c = last('Investors contacted by Wirely said they had lost their savings.');
    expect(c?.source.text).toBe('Investors');
    expect(c?.source.via).toBe('Wirely');
  });

  it('a named subject stays itself', () => {
    const c = last('The Interior Ministry said the border would reopen on Monday.');
    expect(c?.source.kind).toBe('official_body');
  });

  it('a name after the participle is not taken for those people later', () => {
    const claims = storyClaims(
      'Rebels fighting Vardan say the army kept up its attacks. || Vardan, backed by Norland, has said the army is respecting the truce.',
      'en',
    );
    expect(claims[1]?.source.kind).not.toBe('anonymous');
    expect(claims[1]?.flags).not.toContain('unnamed_source');
  });
});

describe('a role, "to" whom it serves, a comma, then the name', () => {
  it.each([
    ['"The talks are over," said Marland\'s envoy to the United Nations in Brussels, Ivo Dresner.'],
    ["The port will reopen soon, said Valdoria's ambassador to Japan, Pedro Lanz."],
    ['The talks are over, said the Marland ambassador to the U.N. in Geneva, Ivo Dresner.'],
  ])('%s is the named person', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).not.toContain('unnamed_source');
    expect(c?.source.text).toMatch(/(Dresner|Lanz)$/);
  });

  it('without a name after the comma the role stays unnamed', () => {
    const c = last(
      'The talks are over, said a Marland envoy to the talks, adding that no date was set.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe("a name first met inside an unnamed official's phrase", () => {
  it('is the firm the spokesman speaks for, not an unnamed official', () => {
    const claims = storyClaims(
      'Acme will hold a meeting this week, an Acme spokesman said on Sunday. || On Friday, Acme outlined its rules in its help section and stated that staff may not favour any side.',
      'en',
    );
    const c = claims.at(-1);
    expect(c?.source).toMatchObject({ text: 'Acme', kind: 'organization' });
    expect(c?.flags).not.toContain('unnamed_source');
  });
});

describe('a passive verb with the unnamed source after "by"', () => {
  it.each([
    ['The figures were confirmed by two security sources.', 'unnamed_official', 'The figures'],
    ['The claim was denied by a senior official at the ministry.', 'unnamed_official', 'The claim'],
    [
      'Reporters were told by a police spokesman that the suspect had fled.',
      'unnamed_official',
      'the suspect had fled',
    ],
    ['The account was disputed by several witnesses.', 'anonymous', 'The account'],
    [
      'Farmers were told by people close to the buyer that prices would fall.',
      'anonymous',
      'prices would fall',
    ],
  ])('%s', (text, kind, claim) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.flags).toContain('unnamed_source');
    expect(c?.claim).toContain(claim);
  });

  it('a named agent is the named person', () => {
    const c = last('The figures were confirmed by Interior Minister Jan Halvorsen.');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a noun, then the unnamed group of a clause without its relative word', () => {
  it.each([
    ['The bank raised rates again, a move analysts say could slow growth.', 'analysts'],
    ['The group uses a tactic critics say is designed to intimidate judges.', 'critics'],
    ['The army launched an offensive residents said had killed dozens.', 'residents'],
    ['It was a decision diplomats said on Monday would anger Norland.', 'diplomats'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    ['Industry analysts say prices will fall next year.', 'Industry analysts'],
    [
      'The attack, which security sources said was planned abroad, killed five.',
      'security sources',
    ],
  ])('the group keeps its own words: %s', (text, source) => {
    expect(last(text)?.source.text).toBe(source);
  });
});

describe('after the verb, an unnamed person tied by "close to" to what they know', () => {
  it.each([
    ['"The price is too high," said a banker close to the deal.', 'a banker close to the deal'],
    [
      '"The price is too high," said a banker close to the deal who declined to be identified.',
      'a banker close to the deal who declined to be identified',
    ],
    [
      'The price is too high, said a source close to the deal who declined to be identified.',
      'a source close to the deal who declined to be identified',
    ],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'anonymous' });
    expect(c?.claim).toBe('The price is too high');
  });
});

describe('"party figures" are people, not data', () => {
  it('several senior party figures are unnamed officials', () => {
    const c = last('Several senior party figures have said the leader should go.');
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toBe('Several senior party figures');
  });

  it('figures alone still are data', () => {
    const c = last('Official figures show the economy shrank in May.');
    expect(c?.source.kind).toBe('document');
  });
});

describe('an unnamed person who hands over a name', () => {
  it.each([
    '"The army is coming," said a fighter who identified himself as Abu Tarek.',
    '"The army is coming," a fighter who identified himself as Abu Tarek told Wirely.',
    '"The water is gone," said a woman who identified herself as Mira.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.flags).not.toContain('unnamed_source');
  });
});

describe('a raised voice after the quotation, its speaker first', () => {
  it.each([
    ['"Nobody has come to help us," a woman in the crowd shouted.', 'a woman in the crowd'],
    ['"Go back," one of the guards yelled.', 'one of the guards'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    'Protesters shouted slogans outside the town hall.',
    'The crowd shouted at the police for an hour.',
    'A man yelled at the guards and ran off.',
  ])('shouting no words reports nothing: %s', (text) => {
    expect(last(text)).toBeUndefined();
  });
});

describe('"according to" an unnamed source closing the sentence frames a cue before it', () => {
  it.each([
    [
      'Vardan told aides the ruling was a victory, according to a person familiar with the matter.',
      'a person familiar with the matter',
    ],
    [
      'The president said privately that he would not run again, according to two people close to him.',
      'two people close to him',
    ],
    [
      'Vardan told his ministers to stay calm and not to provoke Norland, according to one minister.',
      'one minister',
    ],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('a document closing the sentence still carries the speaker', () => {
    const c = last('Vardan said the ruling was a victory, according to a court filing.');
    expect(c?.source.text).toBe('Vardan');
  });

  it('an outlet citing a source keeps its own cue', () => {
    const c = last('The bomber was a foreigner, Statenews said, quoting a security spokesman.');
    expect(c?.flags).toContain('state_media');
  });
});
