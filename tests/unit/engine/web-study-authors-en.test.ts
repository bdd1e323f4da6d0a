/**
 * Health and science copy: study authors named with a role and where they work, and a lead
 * researcher speaking with colleagues. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a role, a name, then where the person works', () => {
  it.each([
    ['Study author Ana Flores, of the Harbor Institute, said the trial was small.', 'Ana Flores'],
    ['Lead author Dr. Ana Flores, of Lakeside College, says the effect is real.', 'Dr. Ana Flores'],
    ['Spokeswoman Ana Flores, 45, said the clinic would open in May.', 'Ana Flores'],
    ['Senator Tom Price, on a visit to Ohio, said the bill would pass.', 'Tom Price'],
  ])('%s', (text, name) => {
    expect(claims(text)[0]?.source).toMatchObject({ kind: 'named_person', name });
  });

  it('an unnamed author with a place stays unnamed', () => {
    expect(
      claims('A co-author at the Harbor Institute said the trial was small.')[0]?.source.kind,
    ).not.toBe('named_person');
  });
});

describe('a lead researcher and colleagues', () => {
  it.each([
    ['Ana Flores and her colleagues found that the drug eased the cough.', 'found'],
    ['Ana Flores and colleagues reported that the drug eased the cough.', 'reported'],
    ['Ana Flores and her team said the drug eased the cough.', 'said'],
  ])('%s', (text, cue) => {
    const c = claims(text)[0];
    expect(c?.cue).toBe(cue);
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Ana Flores' });
    expect(c?.source.text).toContain('Ana Flores and');
  });

  it('an institution and its team speak as the institution', () => {
    expect(
      claims('The Harbor Institute and its team said the drug eased the cough.')[0]?.source.kind,
    ).toBe('organization');
  });

  it('colleagues alone stay unnamed', () => {
    expect(claims('Her colleagues said the drug eased the cough.')[0]?.source.kind).toBe(
      'anonymous',
    );
  });
});

describe('an institution whose name runs past "of"', () => {
  it('the lexicon name is not cut at its "of"', () => {
    const c = claims(
      'According to the National Institutes of Health, one adult in ten has the rash.',
    )[0];
    expect(c?.source).toMatchObject({
      kind: 'official_body',
      text: 'the National Institutes of Health',
    });
  });

  it('a person of a place is still the person, named without the place', () => {
    expect(claims('"The rash is rare," said Ana Flores of Lakeside.')[0]?.source).toMatchObject({
      kind: 'named_person',
      name: 'Ana Flores',
    });
  });
});

describe('"it" after a sentence opening with a document', () => {
  it.each([
    'A new study by the Harbor Trust came out on Tuesday. || It found that the pier was unsafe.',
    'The charge sheet left out his name. || It accused him of selling secrets.',
  ])('%s', (text) => {
    expect(claims(text).at(-1)?.source.kind).toBe('document');
  });

  it('an institution speaking in between is still "it"', () => {
    const c = claims(
      'A new study came out on Tuesday. || The Harbor Trust said it was flawed. || It also said the pier was safe.',
    );
    expect(c.at(-1)?.source.resolvesTo).toBe('The Harbor Trust');
  });
});
