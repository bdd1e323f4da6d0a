/** A source voicing an open question as its doubt ("Some experts questioned whether ..."):
 * the question is its view. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { questioningVerb } from '@/core/rules/questioning-verb';
import { paragraphClaims, run } from '../helpers';

describe('questioning-verb', () => {
  it.each([
    ['Some experts questioned whether the Orlen dam could hold.', 'Some experts', 'anonymous'],
    ['Analysts questioned how the Varro mill would pay its debts.', 'Analysts', 'anonymous'],
    [
      'Several lawmakers have questioned why the tender was cancelled.',
      'Several lawmakers',
      'unnamed_official',
    ],
    ['Critics doubt whether the new ferry will ever sail.', 'Critics', 'anonymous'],
    [
      'Maren Tolle, a councillor in Ebbing, questioned if the budget added up.',
      'Maren Tolle, a councillor in Ebbing',
      'named_person',
    ],
  ] as const)('%s', (text, source, kind) => {
    const cue = text.match(/\b(questioned|doubt)\b/u)?.[0];
    expect(run(questioningVerb, text, 'en')).toEqual([[cue, kind, source]]);
  });

  it.each([
    // An object: the act of questioning someone, no view.
    'Police questioned the driver about the crash.',
    // Asking only asks; a noun is no verb; a passive has no source.
    'Reporters asked whether the mayor would resign.',
    'The question whether the mill will close remains open.',
    'It was questioned whether the vote was valid.',
  ])('no view: %s', (text) => {
    expect(run(questioningVerb, text, 'en')).toEqual([]);
  });

  it('the claim is the question voiced', () => {
    const [claim] = paragraphClaims(
      'en',
      'Some experts questioned whether the Orlen dam could hold.',
    );
    expect(claim).toMatchObject({
      claim: 'whether the Orlen dam could hold',
      source: { text: 'Some experts', kind: 'anonymous' },
      flags: ['unnamed_source'],
    });
  });

  it('a second speaker joined by a bare "and" keeps a claim of its own', () => {
    const claims = paragraphClaims(
      'en',
      'Some engineers questioned how long the Orlen dam could hold and the ministry concedes it has never been tested.',
    );
    expect(claims.map((c) => [c.source?.text, c.cue])).toEqual([
      ['Some engineers', 'questioned'],
      ['the ministry', 'concedes'],
    ]);
  });
});
