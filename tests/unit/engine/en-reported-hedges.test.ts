/** Events told as reported, feared or rumoured with no one reporting them: hedges with no
 * source. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a passive of reporting with no agent is a hedge', () => {
  it.each([
    [
      'Many abuses have been reported in the hill villages since the fighting began.',
      'have been reported',
    ],
    ['Similar clashes were reported last week along the Verra border.', 'were reported'],
    ['No casualties were reported.', 'were reported'],
    ['Heavy shelling has been reported near the Olmet airport.', 'has been reported'],
    ['Clashes had been reported overnight in the eastern suburbs.', 'had been reported'],
    ['Gunfire was also reported near the governor’s palace.', 'was also reported'],
    ['Outbreaks of cholera have also been reported in two camps.', 'have also been reported'],
    ['Dozens of fighters are reported killed in the clashes.', 'are reported'],
    [
      'Troops entered the valley, though no injuries have been reported so far.',
      'have been reported',
    ],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'The theft was reported to police on Monday.', // a report made to someone
    'The burglary was reported at dawn.', // a known thing's report
    'His arrest was reported in March.',
    'This was reported in March.',
    'Two new cases were reported in the journal Corvus.', // its document
    'Cases of measles were reported to the health ministry.',
  ])('no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it('an agent after the verb is the source', () => {
    expect(claims('The attack was reported by Reuters.')[0]?.rule).toBe('passive-by');
  });

  it('a sentence with a speaker is the speaker’s', () => {
    expect(claims('Aid workers said heavy fighting was reported in the north.')).toHaveLength(1);
    expect(claims('Aid workers said heavy fighting was reported in the north.')[0]?.cue).toBe(
      'said',
    );
  });
});

describe('feared, and reports no one is said to have made', () => {
  it.each([
    ['The villagers are feared to have drowned.', 'are feared to'],
    ['Dozens of miners are feared dead after the collapse.', 'are feared dead'],
    ['Markets fell amid reports that the central bank would raise rates.', 'amid reports that'],
    ['Prices jumped amid rumours that the mill would close.', 'amid rumours that'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'The clerk was reported to the board for lateness.',
    'The man is said to the court to be ill.',
  ])('a listener after "to" is no hedge: %s', (text) => {
    expect(claims(text).filter((c) => c.source.kind === 'unattributed')).toEqual([]);
  });
});
