/** A lawyer with no name is an unnamed source, not an official ("his lawyer", "a lawyer for
 * Roe"): the client named after "for" or before "'s" is not the speaker. A named lawyer is a
 * named person; a lawyer a government body or a country employs ("a Justice Department
 * lawyer", "Norway's top lawyer") is one of its unnamed officials. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim, onlyClaim } from './helpers';

describe('lawyers', () => {
  it.each([
    ['His lawyer said the charges were baseless.', 'anonymous'],
    ['A lawyer for Oren Vasko said the charges were baseless.', 'anonymous'],
    ["Oren Vasko's lawyer said the charges were baseless.", 'anonymous'],
    ['Defense lawyer Ruth Kemp said the charges were baseless.', 'named_person'],
    ["Oren Vasko's lawyer, Ruth Kemp, said the charges were baseless.", 'named_person'],
    ['A Justice Department lawyer said the rule was lawful.', 'unnamed_official'],
    ["The ruling was a triumph, Norway's top lawyer said.", 'unnamed_official'],
    ['The district attorney said the charges would stand.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    expect(onlyClaim(text, 'en')?.source.kind).toBe(kind);
  });

  it('the lawyer named before is the one pointed back to', () => {
    const c = lastClaim(
      'Oren Vasko hired Ruth Kemp, a lawyer, in May. || The lawyer said the charges were baseless.',
      'en',
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Ruth Kemp');
  });

  it("a country's experts are not its officials", () => {
    expect(onlyClaim("Norway's top scientists said the risk was low.", 'en')?.source.kind).toBe(
      'anonymous',
    );
  });
});
