/** Stage state-media: a generic state-media phrase, or the registry's outlet named with it. */
import { describe, expect, it } from 'vitest';
import { stateMedia } from '@/core/source/stages/state-media';
import { decide, lastSource } from './helpers';

describe('stage state-media', () => {
  it.each([
    ['en', 'State media said the harvest was a record.', 'State media'],
    ['id', 'Menurut media pemerintah, panen tahun ini memecahkan rekor.', 'media pemerintah'],
  ] as const)('%s: %s', (lang, sentence, text) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'state_media',
      text,
      outlet: null,
      basis: 'state-media',
    });
  });

  it('with an outlet named, the registry decides and the outlet is the source as written', () => {
    expect(
      lastSource('en', 'Statenews, the official news agency, said the harvest was a record.'),
    ).toMatchObject({
      kind: 'state_media',
      text: 'Statenews',
      outlet: 'statenews',
      basis: 'state-media/outlet',
    });
  });

  it('a private outlet described as official is what the registry says', () => {
    expect(
      lastSource('en', 'The Daily Planet, an official news agency, said the harvest was a record.'),
    ).toMatchObject({ kind: 'media', outlet: 'daily-planet', basis: 'state-media/outlet' });
  });

  it('state media in a clause about the speaker are not the source', () => {
    expect(
      lastSource(
        'en',
        'A Marovian diplomat, who spoke to state media on condition of anonymity, said the harvest failed.',
      ),
    ).toMatchObject({ kind: 'unnamed_official' });
  });

  it('a named person with a role at state media is left to the person stages', () => {
    expect(
      decide(
        stateMedia,
        'Lin Wei, an editor at state television, said the harvest failed.',
        'Lin Wei, an editor at state television',
        'en',
      ),
    ).toBeNull();
  });
});
