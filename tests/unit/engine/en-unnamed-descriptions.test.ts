/** Unnamed sources described after their noun ("a person briefed on the talks", "an official
 * who asked not to be named", "the monitor, which tracks the war"): the description belongs
 * to the source, never to the claim. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('according to an unnamed source with a description', () => {
  it.each([
    [
      'According to two officials briefed on the plan, the Tarvel bridge will close in May.',
      'two officials briefed on the plan',
      'unnamed_official',
      'the Tarvel bridge will close in May',
    ],
    [
      'The Tarvel bridge will close in May, according to a person briefed on the talks.',
      'a person briefed on the talks',
      'anonymous',
      'The Tarvel bridge will close in May',
    ],
    [
      'According to a senior official who asked not to be named, the levy will double.',
      'a senior official who asked not to be named',
      'unnamed_official',
      'the levy will double',
    ],
    [
      'The levy will double, according to a diplomat involved in the negotiations.',
      'a diplomat involved in the negotiations',
      'unnamed_official',
      'The levy will double',
    ],
    [
      'The ferry has stopped running, according to residents living near the quay.',
      'residents living near the quay',
      'anonymous',
      'The ferry has stopped running',
    ],
    [
      'The mill in Orsk was sold last month, according to sources familiar with the deal.',
      'sources familiar with the deal',
      'anonymous',
      'The mill in Orsk was sold last month',
    ],
  ])('%s', (text, source, kind, claim) => {
    const [c] = claims(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
    expect(c?.claim).toBe(claim);
  });

  it('a description must close at a comma when the cue opens the sentence', () => {
    const [c] = claims('According to farmers flooding ruined the harvest in Velna this year.');
    expect(c?.source.text).not.toContain('ruined');
  });

  it('a relative clause with its own verb of saying is no description', () => {
    const [c] = claims(
      'Mara Lindqvist gave a similar account citing police officers who said the van had been stolen.',
    );
    expect(c?.source.text).toBe('police officers');
  });
});

describe('a relative clause after a closing source', () => {
  it.each([
    [
      'A cargo plane landed near Tamsk on Sunday, said the Velna Monitoring Group, which tracks the fighting with a network of observers.',
      'A cargo plane landed near Tamsk on Sunday',
    ],
    [
      'Grain output fell by a third, according to the Farm Council, which estimated last year that stocks were low.',
      'Grain output fell by a third',
    ],
    [
      'The port will reopen in June, said an official who asked not to be named because the plans are private.',
      'The port will reopen in June',
    ],
  ])('the claim is before the cue: %s', (text, claim) => {
    const [c] = claims(text);
    expect(c?.claim).toBe(claim);
  });
});

describe('an unnamed source whose anonymity has a long reason before the verb', () => {
  it.each([
    [
      'A senior diplomat who asked not to be identified because the talks are private said a deal was near.',
      'A senior diplomat who asked not to be identified because the talks are private',
      'unnamed_official',
    ],
    [
      'Two sources who declined to be named because the matter is confidential said the bid had failed.',
      'Two sources who declined to be named because the matter is confidential',
      'anonymous',
    ],
    [
      'A dock worker who asked not to be named for fear of reprisals said the cranes were idle.',
      'A dock worker who asked not to be named for fear of reprisals',
      'anonymous',
    ],
  ])('%s', (text, source, kind) => {
    const [c] = claims(text);
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });
});

describe('anonymity after the addressee of a closing source', () => {
  it.each([
    'The ferry talks had stalled, a Western diplomat told Reuters on condition of anonymity.',
    'The ferry talks had stalled, two officials told Reuters on Monday on condition of anonymity.',
  ])('the claim is before the source: %s', (text) => {
    const [c] = claims(text);
    expect(c?.claim).toBe('The ferry talks had stalled');
  });
});

describe('a closing unnamed source after its verb keeps its description', () => {
  it.each([
    [
      "The quay will be rebuilt, said a source familiar with Velmar's thinking.",
      "a source familiar with Velmar's thinking",
    ],
    [
      'The quay will be rebuilt, said two engineers who follow the project closely.',
      'two engineers who follow the project closely',
    ],
  ])('%s', (text, source) => {
    const [c] = claims(text);
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe('The quay will be rebuilt');
  });

  it('a lone word of manner after the verb is no claim', () => {
    const [c] = claims('The quay will be rebuilt next year, officials have said privately.');
    expect(c?.claim).toBe('The quay will be rebuilt next year');
  });
});

describe('a withheld name after a closing source', () => {
  it.each([
    'The ferry talks had stalled, a diplomat said, asking not to be identified.',
    'The ferry talks had stalled, said an official, declining to be named.',
    'The ferry talks had stalled, a source said, requesting anonymity.',
  ])('the claim is before the source: %s', (text) => {
    const [c] = claims(text);
    expect(c?.claim).toBe('The ferry talks had stalled');
  });
});

describe('people closing a sentence whose subject is a role or a body', () => {
  it.each([
    [
      'The harbour minister resigned, said people familiar with the matter.',
      'people familiar with the matter',
      'The harbour minister resigned',
    ],
    [
      'The ferry company pulled out, said two people briefed on the talks.',
      'two people briefed on the talks',
      'The ferry company pulled out',
    ],
  ])('%s', (text, source, claim) => {
    const [c] = claims(text);
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe(claim);
  });

  it('a name in apposition still speaks', () => {
    const [c] = claims(
      'A dissident who left the council in May, Oren Vask, said he would stay away from the talks.',
    );
    expect(c?.source.text).toContain('Oren Vask');
    expect(c?.claim).toBe('he would stay away from the talks');
  });
});
