/**
 * Wire-copy phrasings of outlets and bodies: a newspaper whose name holds a firm's word ("the
 * Business Monitor newspaper"), named again; "official" as an adjective before a body's word;
 * "It said" after an outlet closed the sentence before with its own verb; "the paper" with a
 * verb of findings after a newspaper reported; "board members". Every sentence is the team's
 * own ("Statenews" is the helpers' state-run fixture outlet).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const kinds = (text: string) => storyClaims(text, 'en').map((c) => c.source.kind);

describe('a newspaper named with a firm word', () => {
  it('the newspaper word heads the phrase, and the name again is the outlet', () => {
    expect(
      kinds(
        'The port will reopen in May, the respected Business Monitor newspaper said. || ' +
          'Business Monitor said the tolls would stay. || It said ships were waiting.',
      ),
    ).toEqual(['media', 'media', 'media']);
  });

  it('a firm named in full stays a firm', () => {
    expect(kinds('The Harlow Trading Corp said profits rose.')).toEqual(['organization']);
  });
});

describe('"official" as an adjective before a body', () => {
  it.each([
    'Growth will slow this year, the official statistics agency said.',
    'Exports fell, the Velmar official planning bureau VPB said.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['official_body']);
  });

  it('an official at a body is still an unnamed official', () => {
    expect(kinds('An official at the planning agency said prices would fall.')).toEqual([
      'unnamed_official',
    ]);
  });
});

describe('"It said" after an outlet closed the sentence before', () => {
  it('is the outlet, not the firm its words reported', () => {
    const claim = lastClaim(
      'The Orvel Mining Co has found copper in the north, Statenews said. || It said the mine would open next year.',
      'en',
    );
    expect(claim?.source.kind).toBe('state_media');
    expect(claim?.flags).toContain('state_media');
  });
});

describe('"the paper" before a verb of findings', () => {
  it('points back to the newspaper that reported', () => {
    const claim = lastClaim(
      'The council will raise fares, the Harlow Gazette reported. || The paper identified three routes as the first to change.',
      'en',
    );
    expect(claim?.source.kind).toBe('media');
  });
});

describe('board members', () => {
  it.each([
    'Board members said the plan would pass.',
    'Harlow Port board members said fees would rise.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['unnamed_official']);
  });
});

describe('a name, then its description with no closing comma', () => {
  it.each([
    'Tom Vale, an analyst with Harlow Bank said the plan would fail.',
    'The plan will fail, Tom Vale, an analyst with Harlow Bank said.',
    'Jane Roe, a former U.S. diplomat in the region now with a think tank said talks would fail.',
    'The import will be delayed, Jo Lee, a gas analyst with Harlow Bros. said.',
  ])('%s', (text) => {
    const claim = storyClaims(text, 'en')[0];
    expect(claim?.source.kind).toBe('named_person');
  });

  it('a place before the comma is no name', () => {
    expect(kinds('In London, an analyst with Harlow Bank said the plan would fail.')).toEqual([
      'anonymous',
    ]);
  });
});

describe('a headquarters is a body', () => {
  it('its spokesman is an unnamed official, not a person named "Headquarters"', () => {
    expect(
      kinds(
        'A spokesman for the Velmar War Information Headquarters said the attack would be avenged.',
      ),
    ).toEqual(['unnamed_official']);
  });
});

describe('"radio" is a broadcaster, as "television" is', () => {
  it.each([
    'The talks will resume, Velmar radio said.',
    'The talks will resume, Dalby Radio said.',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual(['media']);
  });

  it('a city radio quoting an official relays him', () => {
    const claim = lastClaim(
      'A spokesman for the Velmar army vowed revenge. || "We will strike back," Dalby Radio quoted him as saying.',
      'en',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.via).toBe('Dalby Radio');
  });
});
