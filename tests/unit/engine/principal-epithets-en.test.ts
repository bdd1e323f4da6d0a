/**
 * English unnamed people serving someone described before the name ("a spokesman for the
 * late Tom Vale", "a spokeswoman for the former president Tom Vale"): the name is the
 * principal's, the speaker stays unnamed. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const source = (text: string) => lastClaim(text, 'en')?.source;

describe("a name after 'the late' or 'the former' role is the principal's", () => {
  it.each([
    'A spokesman for the late Tom Vale said the family would sue the publisher.',
    'The family would sue the publisher, a spokesman for the late Tom Vale said.',
    'A spokeswoman for the former president Tom Vale said the family would sue.',
    'A spokesman for the late Senator Tom Vale said the family would sue.',
  ])('%s', (text) => {
    expect(source(text)).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it('the late person speaking in the past is named', () => {
    expect(source('The late Tom Vale said in 2019 that the song was his.')).toMatchObject({
      kind: 'named_person',
      name: 'Tom Vale',
    });
  });

  it('"late" before a day stays a time', () => {
    expect(source('The report came late Tuesday, the ministry said.')).toMatchObject({
      kind: 'official_body',
      text: 'the ministry',
    });
  });
});
