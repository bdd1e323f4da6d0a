/** English hedges in every tense of their passive, with an empty "it" or "there", without
 * their auxiliary, and read through adverbs. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a hedge in any tense of its passive', () => {
  it.each([
    ['The couple had been rumoured to be splitting for months.', 'had been rumoured'],
    ['The quarry has been said to be haunted since 1900.', 'has been said to'],
    ['The levee had been thought to be safe.', 'had been thought to'],
    ['The treasurer has been alleged to have taken kickbacks.', 'has been alleged to'],
    ['The ferrymen were understood to be on strike.', 'were understood to'],
    ['It had been feared that the levee would give way.', 'It had been feared'],
    ['It has been rumoured that the cannery will close.', 'It has been rumoured'],
    ['It had been alleged that the treasurer took kickbacks.', 'It had been alleged'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    ['Two divers are presumed dead after the cave flooded.', 'are presumed dead'],
    ['The trawler is feared lost with its crew of six.', 'is feared lost'],
    ['The hikers were presumed missing by nightfall.', 'were presumed missing'],
  ])('a state presumed or feared: %s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});

describe('a hedge read through adverbs, auxiliaries among them', () => {
  it.each([
    ['It has been widely reported that the cannery will close.', 'It has been widely reported'],
    ['It has also been reported that the cannery will close.', 'It has also been reported'],
    ['The cannery has long been rumoured to be for sale.', 'has long been rumoured'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});

describe('a hedge with no auxiliary, opening a reduced relative or an aside', () => {
  it.each([
    ['The goalkeeper, rumoured to be leaving, declined to comment.', 'rumoured to be'],
    ['A man understood to be the smugglers’ pilot was detained.', 'understood to be'],
    ['A woman reported to be the owner of the boat was questioned.', 'reported to be'],
    ['A farmhand reported to have seen the fire was questioned.', 'reported to have'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'The guard fired at what he believed to be a flare.',
    'The clerk signed what she understood to be a receipt.',
    'The crew hauled up what the skipper thought to be a mine.',
  ])('the verb of a free relative’s own subject is no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('a passive hedge inside a free relative still is one', () => {
    expect(
      claims('The archive bought what is believed to be the oldest map of the delta.')[0],
    ).toMatchObject({ cue: 'is believed to', source: { kind: 'unattributed' } });
  });

  it('one named by a suspicion is neither a hedge nor a speaker', () => {
    expect(claims('A man alleged to have stolen the tapestry was detained.')).toEqual([]);
  });

  it('a subject claiming for itself is its own speaker', () => {
    expect(claims('The rebels claimed to have taken the airport.')[0]).toMatchObject({
      cue: 'claimed',
      source: { text: 'The rebels' },
    });
  });
});

describe('hearsay said to exist or to spread', () => {
  it.each([
    ['There were allegations that the treasurer took kickbacks.', 'There were allegations that'],
    ['There have been claims of ballot stuffing in the north.', 'There have been claims of'],
    ['There are suggestions that the cannery will close.', 'There are suggestions that'],
    ['There were no reports of injuries at the cannery.', 'There were no reports of'],
    ['There are whispers that the cannery will close.', 'There are whispers that'],
    ['Rumours swirled that the goalkeeper would be sold.', 'Rumours swirled that'],
    ['Speculation is growing that the goalkeeper will be sold.', 'Speculation is growing that'],
    ['Rumors are rife in the dressing room.', 'Rumors are rife'],
    ['Gossip has it that the goalkeeper will be sold.', 'Gossip has it'],
    ['Word spread that the goalkeeper would be sold.', 'Word spread that'],
    ['By all accounts, the goalkeeper was popular with the fans.', 'By all accounts'],
    ['As the story goes, the chapel was built in a night.', 'As the story goes'],
    ['Tradition has it that the chapel was built in a night.', 'Tradition has it'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it('speculation that only grows, with no clause, is no hedge', () => {
    expect(claims('Speculation grew after the goalkeeper missed training.')).toEqual([]);
  });

  it('a hedge in a sentence naming its source is the source’s', () => {
    const found = claims('The trawler is feared lost, a harbour official said.');
    expect(found).toHaveLength(1);
    expect(found[0]?.source.kind).toBe('unnamed_official');
  });
});

describe('a capital or a quotation after an English hedge is part of the claim', () => {
  it.each([
    ['The gunmen were allegedly Vandorian nationals.', 'allegedly'],
    ['The trawler was reportedly Faroese-owned.', 'reportedly'],
    ['The raid was described as "reckless".', 'was described as'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });
});
