/** Feature and magazine copy: a speaker's appositive that holds a list ("a collector of maps,
 * old coins, and stamps"), and "goes on"/"went on" after a quote as a verb of saying more.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('appositive holding a list', () => {
  it.each([
    [
      'Pike, also a keen collector of guitars, old amps, and posters, says the tour made money.',
      'Pike, also a keen collector of guitars, old amps, and posters',
    ],
    [
      'Rowe, a fan of dogs, cats, and birds, said the shelter was full.',
      'Rowe, a fan of dogs, cats, and birds',
    ],
    [
      'Harlan, also an avid collector of games, old cards, and maps says the fair is busy.',
      'Harlan, also an avid collector of games, old cards, and maps',
    ],
    [
      '"That upsets me," Harlan, a dealer in prints, old cards, and maps says.',
      'Harlan, a dealer in prints, old cards, and maps',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });

  it('leaves a list of places before the verb alone', () => {
    const c = onlyClaim('Prices rose for bread, milk, and eggs, shop owners say.', 'en');
    expect(c?.source.text).toBe('shop owners');
  });

  it('does not reach past the name to an opening phrase', () => {
    const c = onlyClaim(
      'In June, Rowe, a fan of dogs, cats, and birds, says the pen is full.',
      'en',
    );
    expect(c?.source.text).toBe('Rowe, a fan of dogs, cats, and birds');
  });
});

describe('"goes on" after a quote', () => {
  it.each([
    ['"We never quit," he goes on, and the decks stay cheap.', 'goes on'],
    ['"The river rose overnight," she went on.', 'went on'],
  ])('%s', (text, cue) => {
    const claims = paragraphClaims('en', 'Tamsin Orr runs the ferry at Lowick.', text);
    const c = claims.find((x) => x.cue === cue);
    expect(c?.source.kind).toBe('named_person');
  });

  it('is no cue without a quote before it', () => {
    expect(paragraphClaims('en', 'The talks went on for three days in Lowick.')).toEqual([]);
    expect(paragraphClaims('en', 'Work goes on at the old mill in Lowick.')).toEqual([]);
  });
});

describe('"So says" after a quote', () => {
  it('takes the previous sentence as the claim', () => {
    const claims = paragraphClaims(
      'en',
      '"Rain is good for the moor." So says Tilda Marsh, a ranger at Crows Fell park.',
    );
    const c = claims.find((x) => x.cue === 'says');
    expect(c?.source.text).toBe('Tilda Marsh, a ranger at Crows Fell park');
    expect(c?.claim).toContain('Rain is good for the moor');
  });

  it('is no cue for "so" meaning therefore', () => {
    expect(paragraphClaims('en', 'So says the sign on the old gate of the mill.')).toEqual([]);
  });
});

describe('unnamed friends and sources in celebrity copy', () => {
  it.each([
    ['A pal of the singer tells Starlit that the tour is off.', 'A pal of the singer'],
    ['Per a source, the actor skipped the premiere in Lowick.', 'a source'],
    ['The couple split in May, per sources close to the pair.', 'sources close to the pair'],
    ['A confidante of the actor says he is moving to Lowick.', 'A confidante of the actor'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('leaves "per" as a rate alone', () => {
    expect(paragraphClaims('en', 'Tickets cost $40 per person at the Lowick hall.')).toEqual([]);
  });
});

describe('a verb of manner closing a quote', () => {
  it.each([
    ['"We were broke for years," Orr laughs.', 'laughs'],
    ['"Nobody believed me," Orr shrugged.', 'shrugged'],
  ])('%s', (text, cue) => {
    const c = paragraphClaims('en', 'Tamsin Orr runs the ferry at Lowick.', text).find(
      (x) => x.cue === cue,
    );
    expect(c?.source.kind).toBe('named_person');
    expect(c?.claim).not.toContain(cue);
  });

  it('is no cue without the quote or with more after it', () => {
    expect(paragraphClaims('en', 'Orr laughed at the joke in the Lowick pub.')).toEqual([]);
    expect(paragraphClaims('en', 'When the ferry left, Orr smiled.')).toEqual([]);
    expect(
      paragraphClaims('en', '"Go," Orr said. Then Orr smiled at the crowd on the quay.').map(
        (c) => c.cue,
      ),
    ).toEqual(['said']);
  });
});
