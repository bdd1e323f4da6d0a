/**
 * Words that make a name an organization in Indonesian copy: a band ("Band Langit Senja"), a
 * football club by its "FC" ("Tegalsari FC"), a regional public company ("Perumda Tirta
 * ..."). Written by the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('organization words', () => {
  it.each([
    ['Band Senandung Biru menyatakan konser amal tetap digelar.', 'Band Senandung Biru'],
    ['Band rock Senandung Biru mengumumkan tur ke sepuluh kota.', 'Band rock Senandung Biru'],
    ['Tegalsari FC menyatakan siap menjamu lawan pekan depan.', 'Tegalsari FC'],
    [
      'Perumda Tirta Cempaka mengumumkan layanan air dihentikan sementara.',
      'Perumda Tirta Cempaka',
    ],
  ])('%s', (text, source) => {
    expect(only(text)?.source).toMatchObject({ text: source, kind: 'organization' });
  });

  it('a person of the club or band is still the person', () => {
    expect(
      only('Pelatih Tegalsari FC Marco Vermeulen mengatakan timnya siap.')?.source,
    ).toMatchObject({ kind: 'named_person' });
    expect(
      only('"Kami siap," kata vokalis band Senandung Biru, Dimas Pratama.')?.source,
    ).toMatchObject({ kind: 'named_person' });
  });
});
