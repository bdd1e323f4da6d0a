/**
 * A participle of saying after a comma may carry its own adverb (", often calling ...",
 * ", merely pledging ..."), and a participle of committing reports words with an infinitive
 * (", vowing to cut fares"), past a short aside (", pledging, in public anyway, to ...").
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const INTRO = 'Council member Nadia Orwell spoke at the depot. || ';
const last = (text: string) => storyClaims(INTRO + text, 'en').at(-1);

describe('a participle of saying after a comma and an adverb', () => {
  it.each([
    ['Orwell has attacked the plan on radio, often calling it "a bad joke."', 'calling'],
    ['Orwell has attacked the plan on radio, repeatedly saying it would fail.', 'saying'],
    ['Orwell has been vague on fares, merely noting that the budget was tight.', 'noting'],
  ])('%s', (text, cue) => {
    const c = last(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source).toMatchObject({ text: 'Orwell', kind: 'named_person' });
  });
});

describe('a participle of committing with its infinitive', () => {
  it.each([
    ['Orwell won the vote on Tuesday, vowing to cut bus fares by half.', 'vowing'],
    ['Orwell won the vote on Tuesday, promising to cut bus fares by half.', 'promising'],
    [
      'Orwell has been vague on fares, merely pledging, in public anyway, to keep them low.',
      'pledging',
    ],
  ])('%s', (text, cue) => {
    const c = last(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toBe('Orwell');
  });

  it.each([
    'Orwell won the vote on Tuesday, promising voters a better deal.',
    'The depot opened a new line on Tuesday, promising faster trips for riders.',
  ])('reports nothing with a thing for object: %s', (text) => {
    expect(storyClaims(INTRO + text, 'en').filter((c) => c.sentence === text)).toHaveLength(0);
  });
});

describe('a statement issued with a participle of criticism', () => {
  it("is the issuer's claim", () => {
    const c = last(
      'Orwell issued a statement on Friday criticizing the depot for skipping safety checks.',
    );
    expect(c?.source).toMatchObject({ text: 'Orwell', kind: 'named_person' });
  });

  it('needs a label when no statement carries it', () => {
    const text = 'Riders crowded the depot on Friday, criticizing the new bus routes.';
    expect(storyClaims(INTRO + text, 'en').filter((c) => c.sentence === text)).toHaveLength(0);
  });
});
