/** One (more) of the unnamed people just quoted, its noun left out: "One said ...", '"...,"
 * said another.', '"...," one said.' Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const INTRO = 'Two Varnian officials said the Orlen talks had stalled.';

describe('an elided unnamed speaker', () => {
  it.each([
    '"It is their fault," said one.',
    '"It is their fault," one said.',
    'One said the talks were dead.',
    '"Nobody trusts them," said another.',
    '"Nobody trusts them," said a second.',
  ])('%s', (sentence) => {
    const claims = paragraphClaims('en', INTRO, sentence);
    expect(claims).toHaveLength(2);
    expect(claims[1]?.source.basis).toMatch(/^pronoun\//u);
    expect(['anonymous', 'unnamed_official']).toContain(claims[1]?.source.kind);
    expect(claims[1]?.flags).toContain('unnamed_source');
  });

  it('a word after it is the noun it counts, not an elided speaker', () => {
    const claims = paragraphClaims('en', INTRO, '"It is over," said another guard.');
    expect(claims[1]?.source.text).toBe('another guard');
  });

  it('nobody is no speaker', () => {
    expect(paragraphClaims('en', INTRO, 'No one said the talks were dead.')).toHaveLength(1);
  });
});
