/** "..., it added" after an outlet or body spoke: "it" is the one that spoke in the sentence
 * before, not an institution its words only named. Sentences are written for these tests;
 * the outlets are the fixture registry's made-up ones. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('"it" after a speaking outlet or body', () => {
  it.each([
    [
      'The prayer was led by a scholar of the Velmar Judicial Institute, Statenews said. || The sermon was given by the head of the Council of Elders, it added.',
      'state_media',
    ],
    [
      'The port will reopen on Monday, the Harbour Board said in a statement naming the Velmar Shipping Company. || Two cranes were still broken, it added.',
      'official_body',
    ],
  ])('%s', (text, kind) => {
    expect(storyClaims(text, 'en').at(-1)?.source.kind).toBe(kind);
  });

  it('an institution that spoke since is the one meant', () => {
    const claims = storyClaims(
      'Statenews said the port was shut. || The Velmar Shipping Company said its ships were waiting. || It added that the crews were paid.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('organization');
  });
});
