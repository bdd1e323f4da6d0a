/** Stage institution-registry: a span that is exactly a registered institution's name as
 * written speaks as the registry's kind; the pack's tables keep the names they hold. */
import { describe, expect, it } from 'vitest';
import { institutionRegistry } from '@/core/source/stages/institution-registry';
import { decide, lastSource } from './helpers';

describe('stage institution-registry', () => {
  it.each([
    // Spellings no table of that language holds: an acronym written in capitals, a full
    // name, another language's short form.
    ['en', 'The UN said the convoy had reached Vessa by nightfall.', 'The UN'],
    ['en', 'The trial in Vessa would be halted, the NIH said.', 'the NIH'],
    ['en', 'The Fed said rates would stay on hold until spring.', 'The Fed'],
    ['en', 'The KPK said the Lorena regent had been detained.', 'The KPK'],
    ['id', 'NATO menyatakan latihan di dekat Vessa akan berlanjut.', 'NATO'],
    [
      'id',
      'Perserikatan Bangsa-Bangsa menyatakan bantuan tiba di Vessa.',
      'Perserikatan Bangsa-Bangsa',
    ],
    [
      'id',
      'Perserikatan Bangsa-Bangsa (PBB) menyatakan bantuan tiba di Vessa.',
      'Perserikatan Bangsa-Bangsa (PBB)',
    ],
  ] as const)('%s: %s', (lang, sentence, text) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'official_body',
      text,
      basis: 'institution-registry',
    });
  });

  it('reads "WHO" written in capitals as the institution', () => {
    const sentence = 'The WHO declared the outbreak in Vessa over.';
    expect(decide(institutionRegistry, sentence, 'The WHO', 'en')).toMatchObject({
      kind: 'official_body',
    });
  });

  it('gives the registry kind of a non-governmental institution', () => {
    expect(
      decide(institutionRegistry, 'Kadin said exports from Lorena would rise.', 'Kadin', 'en'),
    ).toMatchObject({ kind: 'organization', basis: 'institution-registry' });
  });

  it.each([
    [
      'en',
      "The United Nations Children's Fund said aid had reached Vessa.",
      "The United Nations Children's Fund",
    ],
    [
      'id',
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan hujan turun.',
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)',
    ],
  ] as const)(
    'leaves a name holding a word of its kind to the lexicon: %s',
    (lang, sentence, phrase) => {
      expect(decide(institutionRegistry, sentence, phrase, lang)).toBeNull();
      expect(lastSource(lang, sentence)?.kind).toBe('official_body');
    },
  );

  it('leaves a name the language pack matches to lexicon-head', () => {
    expect(
      decide(institutionRegistry, 'NATO said the drill would go ahead.', 'NATO', 'en'),
    ).toBeNull();
    expect(
      decide(institutionRegistry, 'KPK menyatakan tersangka ditahan.', 'KPK', 'id'),
    ).toBeNull();
    expect(lastSource('en', 'NATO said the drill would go ahead.')?.basis).toBe('lexicon-head');
  });

  it.each([
    // The case rule: a capital of the spelling must be a capital in the text.
    ['en', 'The un said the convoy had arrived.', 'The un'],
    // Only the whole span: the name inside a longer phrase is someone of it.
    ['en', 'A UN official said the convoy had arrived.', 'A UN official'],
    ['id', 'Juru bicara NATO menyatakan latihan berlanjut.', 'Juru bicara NATO'],
    // Another entry's short name in parentheses is no short name of this one.
    [
      'id',
      'Perserikatan Bangsa-Bangsa (NATO) menyatakan latihan berlanjut.',
      'Perserikatan Bangsa-Bangsa (NATO)',
    ],
  ] as const)('passes on %s: %s', (lang, sentence, phrase) => {
    expect(decide(institutionRegistry, sentence, phrase, lang)).toBeNull();
  });
});
