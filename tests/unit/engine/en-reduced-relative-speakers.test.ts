/** "a tactic critics say backfired": a relative clause with no "that" whose verb of saying is
 * followed by a verb with no subject; the source is the speakers' words, not the head noun
 * the clause hangs on. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('speakers of a reduced relative clause', () => {
  it.each([
    ['The levy was a tactic critics say backfired on the council.', 'critics', 'anonymous'],
    [
      'The dam was built under the law officials say was needed to stop the floods.',
      'officials',
      'unnamed_official',
    ],
    [
      'He pointed to a deal analysts said had been rushed through parliament.',
      'analysts',
      'anonymous',
    ],
    ['The town lost the clinic residents say kept it alive.', 'residents', 'anonymous'],
    [
      'It was the third fire this month, a pattern local police believe is linked to the smuggling gangs.',
      'local police',
      'official_body',
    ],
    [
      'Voters in Kelbo backed a levy critics say gives the council too much power.',
      'critics',
      'anonymous',
    ],
    // A form of "tell" takes its addressee first: "told reporters" is no reduced relative.
    [
      'The lawmakers, briefed by officials, told reporters the ferry would be sold.',
      'The lawmakers, briefed by officials',
      'unnamed_official',
    ],
    [
      'The ferry was sold under a deal officials told reporters was needed.',
      'officials',
      'unnamed_official',
    ],
  ])('%s', (text, source, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe(kind);
  });

  it.each([
    [
      'Harbour traffic slowed after a move the State Department said would raise tensions.',
      'the State Department',
    ],
    ['Some experts say the programme failed.', 'Some experts'],
    ['Western diplomats say the talks in Kelbo failed.', 'Western diplomats'],
  ])('a source of its own words stays whole: %s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });
});
