/** Stage outlet-programme: a broadcaster's programme speaks as its outlet. */
import { describe, expect, it } from 'vitest';
import { outletProgramme } from '@/core/source/stages/outlet-programme';
import { decide } from './helpers';

describe('stage outlet-programme', () => {
  it('a programme on an outlet the registry knows is that outlet', () => {
    expect(
      decide(
        outletProgramme,
        'The programme on Statenews accused the rebels of theft.',
        'The programme on Statenews',
        'en',
      ),
    ).toMatchObject({ kind: 'state_media', outlet: 'statenews', basis: 'outlet-programme/outlet' });
  });

  it('a programme on generic state media is state media', () => {
    expect(
      decide(
        outletProgramme,
        'The show, broadcast on state TV, accused the rebels of theft.',
        'The show, broadcast on state TV',
        'en',
      ),
    ).toMatchObject({ kind: 'state_media', basis: 'outlet-programme/state-media' });
  });

  it('"the show" with no outlet named before is media', () => {
    expect(
      decide(outletProgramme, 'The show accused the rebels of theft.', 'The show', 'en'),
    ).toMatchObject({ kind: 'media', basis: 'outlet-programme/generic' });
  });

  it.each([
    ['A show about boats said prices would rise.', 'A show about boats'],
    ['The Harvest Show said prices would rise.', 'The Harvest Show'],
    ['The reporters said prices would rise.', 'The reporters'],
  ])('no programme pointed to: %s', (sentence, phrase) => {
    expect(decide(outletProgramme, sentence, phrase, 'en')).toBeNull();
  });
});
