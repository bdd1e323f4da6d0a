/** English hedges of wire and feature copy: reputed, presumed, rumoured in the perfect,
 * hearsay openings, reports no one is said to have made. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('hedged claims with no source', () => {
  it.each([
    ['Two soldiers have been reported to be missing since Friday.', 'have been reported to'],
    [
      'There were unconfirmed reports of gunfire near the Corvath palace.',
      'There were unconfirmed reports',
    ],
    ['There were reports of looting in the port city.', 'There were reports of'],
    ['It was feared that the dam would burst.', 'It was feared'],
    ['Word is that the mill will be sold.', 'Word is that'],
    ['Legend has it that the lake has no bottom.', 'Legend has it'],
    ['The bridge is reputed to be the longest in the province.', 'is reputed to'],
    ['The singer has been rumoured to be engaged.', 'has been rumoured'],
    ['The trawler is presumed to have sunk.', 'is presumed to'],
    ['Speculation is rife that the governor will resign.', 'Speculation is rife'],
    ['According to rumours, the ferry line will be sold.', 'According to rumours'],
    ['Rumors are circulating that the ferry line will be sold.', 'Rumors are circulating'],
    ['There were rumours the ferry line would be sold.', 'There were rumours'],
    ['It is reported that the ferry line will be sold.', 'It is reported'],
    ['There is talk that the ferry line will be sold.', 'There is talk that'],
    ['Rumours are that the ferry line will be sold.', 'Rumours are that'],
    ['Speculation was that the governor would resign.', 'Speculation was that'],
    ['Five people are believed killed in the blast.', 'are believed killed'],
    ['The skipper is believed dead.', 'is believed dead'],
    ['Hundreds of villagers are believed trapped in the old town.', 'are believed trapped'],
    ['The bodies were found in a barn believed to belong to the gang.', 'believed to'],
    // A verb after "to" that a lexicon also lists as a noun ("a TV show") is still a verb.
    ['The footage is believed to show rebels firing on the convoy.', 'is believed to'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it('"said to be" after a comma is a hedge, not the subject saying', () => {
    expect(claims('The tanker, said to be carrying crude oil, ran aground.')[0]).toMatchObject({
      cue: 'said to be',
      source: { kind: 'unattributed' },
    });
  });

  it('"said to" with a verb of its own is still a speaker’s', () => {
    expect(claims('Officials said to expect delays on the bridge.')[0]?.cue).toBe('said');
  });

  it.each([
    'The theft had been reported to police on Monday.',
    'The clerk was reported to the board for lateness.',
    'The fraud was reported to him in May.',
  ])('a report made to a listener is no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('a clause ending on a bare passive of belief is no hedge', () => {
    expect(claims('At last the day came when the prophets were believed.')).toEqual([]);
  });

  it('an agent right after the hedge word is no hedge', () => {
    expect(
      claims('The bookseller is believed by many to have been abducted.').filter(
        (c) => c.rule === 'hedge',
      ),
    ).toEqual([]);
  });
});
