/** An institution's word, then a participle clause naming whom it serves ("Unions
 * representing port workers said"): the institution speaks, not the people the clause
 * names. People before such a clause still speak ("Lawyers representing the workers").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('institutions serving the people named after them', () => {
  it.each([
    [
      'Unions representing dock workers said they would strike on Monday.',
      'Unions representing dock workers',
    ],
    [
      'A union representing nurses said staffing was dangerously low.',
      'A union representing nurses',
    ],
    ['The union representing pilots said talks had broken down.', 'The union representing pilots'],
    [
      'Groups representing farm workers said the tariff would hurt exports.',
      'Groups representing farm workers',
    ],
    ['Charities working in the camps said food was short.', 'Charities working in the camps'],
    [
      'Associations representing small businesses said the levy was unfair.',
      'Associations representing small businesses',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('organization');
  });

  it('a firm described by what it does speaks, not what it acts on', () => {
    const c = onlyClaim('Companies supplying the army said deliveries were late.', 'en');
    expect(c?.source.text).toBe('Companies supplying the army');
    expect(c?.source.kind).toBe('organization');
  });

  it.each([
    ['Lawyers representing the workers said the firing was illegal.', 'anonymous'],
    ['Port workers said they would strike.', 'anonymous'],
    ['Residents living near the plant said the water smelled.', 'anonymous'],
  ])('people before the clause still speak: %s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });

  it.each([
    ['Unions said they would strike.', 'Unions'],
    ['Retailers said holiday sales were weak.', 'Retailers'],
    ['Chipmakers said orders were strong.', 'Chipmakers'],
    [
      'Other big Kestrel suppliers in Norland reported no damage.',
      'Other big Kestrel suppliers in Norland',
    ],
    ['Harbor Justice, a nonprofit, said the eviction was illegal.', 'Harbor Justice, a nonprofit'],
  ])('plural and generic words for organizations: %s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('organization');
  });
});

describe('collective bodies and company forms', () => {
  it.each([
    ['A coalition of 20 NGOs said the dam was unsafe.', 'organization'],
    ['A coalition of environmental groups said the permit was illegal.', 'organization'],
    ['A coalition of opposition parties said the vote was rigged.', 'official_body'],
    ['A panel of experts said the dam was unsafe.', 'official_body'],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });

  it.each([
    ['Tessaro S.A. said the deal would close in March.', 'Tessaro S.A.'],
    ['Brantwell GmbH said the plant would close.', 'Brantwell GmbH'],
    ['Kestrel Bhd said orders rose.', 'Kestrel Bhd'],
  ])('a company form closing the name: %s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('organization');
  });
});
