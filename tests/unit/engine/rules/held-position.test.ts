/** "X's position is that ...", "The conclusion of the review was that ...": a stated
 * position's owner is the source. Our own sentences. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from '../helpers';

describe('held-position', () => {
  it.each([
    [
      "The dockworkers' union's position is that the contract was never signed.",
      'position is',
      'organization',
      "The dockworkers' union",
      'the contract was never signed',
    ],
    [
      "Senator Ana Ruiz's contention was that the bill would raise prices.",
      'contention was',
      'named_person',
      'Senator Ana Ruiz',
      'the bill would raise prices',
    ],
    [
      "The airline's explanation has been that the storm grounded its fleet.",
      'explanation has been',
      'organization',
      'The airline',
      'the storm grounded its fleet',
    ],
    [
      "The interior ministry's line is that the strike is illegal.",
      'line is',
      'official_body',
      'The interior ministry',
      'the strike is illegal',
    ],
  ])('%s', (text, cue, kind, source, claim) => {
    const [c] = storyClaims(text, 'en');
    expect(c?.rule).toBe('held-position');
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe(claim);
  });

  it("a person's possessive pronoun stands for the person", () => {
    const claims = storyClaims(
      'Nadia Ferro runs the clinic. Her argument is that the ward is too small.',
      'en',
    );
    expect(claims.at(-1)?.source).toMatchObject({
      kind: 'named_person',
      resolvesTo: 'Nadia Ferro',
    });
    expect(claims.at(-1)?.claim).toBe('the ward is too small');
  });

  it.each([
    [
      'A key finding of the harbour survey is that most tenants cannot afford a car.',
      'finding',
      'document',
      'the harbour survey',
      'most tenants cannot afford a car',
    ],
    [
      'The conclusion of the planning board was that the pier must close.',
      'conclusion',
      'official_body',
      'the planning board',
      'the pier must close',
    ],
    [
      'The main finding of the review is that, although fares rose, ridership fell.',
      'finding',
      'document',
      'the review',
      'although fares rose, ridership fell',
    ],
  ])('an owner after "of": %s', (text, cue, kind, source, claim) => {
    const [c] = storyClaims(text, 'en');
    expect(c?.rule).toBe('held-position');
    expect(c?.cue).toBe(cue);
    expect(c?.source).toMatchObject({ kind, text: source });
    expect(c?.claim).toBe(claim);
  });

  it.each([
    // A pronoun's "that", no clause.
    "The mayor's position is that of a mediator.",
    // No owner: the writer's own account.
    'The official explanation is that the pilot misread the gauge.',
    // A vague collective owns no position a reader can check.
    "Critics' argument is that the fare is too high.",
    // A queue's line is no statement.
    "The bakery's line was long again this morning.",
    // An outcome "of" an affair, no owner who states it.
    'The conclusion of this whole business was that the shop closed for good.',
    'The argument of the film is that love conquers all.',
    'The finding of the jury was unanimous.',
  ])('no claim: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});
